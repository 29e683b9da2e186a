// You are here: the complaint form (report.html). It checks what the server checks, sends the
// complaint with one Idempotency-Key per form fill so a retry never files twice, and replaces the
// form with the receipt: the reference and the secret, shown once and kept nowhere but this page.
// Evidence files chosen on the form are uploaded only after the complaint is accepted, with their
// progress on the receipt; a file that fails never hides the receipt and can be added from tracking.
import { EMAIL_PATTERN, isThaiNationalId, PHONE_PATTERN } from '../../shared/rules/contact';
import { bangkokToday } from '../../shared/rules/thai-time';
import { fileComplaint, trackComplaint, type NewComplaint, type Receipt } from './api';
import { attachFileChooser, checkFiles, createUploader, pageFileLimits, type FileLimits, type UploadSummary } from './evidence-upload';
import {
  announce,
  attachCounter,
  buildThaiDateInput,
  byId,
  hideErrorSummary,
  hideProblem,
  pageAgencyName,
  readThaiDate,
  setFieldError,
  showErrorSummary,
  showProblem,
  type FieldProblem,
} from './form-ui';
import { wireIdempotentSubmit, type Refusal } from './idempotent-submit';
import { loadPageAgency, pageAgencyId } from './page-agency';
import { CATEGORY_LABELS, FIELD_LABELS, formatDate, formatDateTime, PHRASES, serverFieldMessage, TEXT_BOUNDS, typedLength } from './labels';
import { LANGUAGE, WORDS } from './words';

const REPORT_WORDS = WORDS.report;

type Reporter = NewComplaint['reporter'];
type Identity = Omit<Extract<Reporter, { mode: 'identified' }>, 'mode'>;

const form = byId<HTMLFormElement>('complaint-form');
const summary = byId('error-summary');
const problem = byId('form-problem');
const status = byId('report-status');
const submitButton = byId<HTMLButtonElement>('submit-complaint');

// --- The form ---------------------------------------------------------------------------------

const categoryOptions = byId('category-options');
for (const [code, label] of Object.entries(CATEGORY_LABELS)) {
  const item = document.createElement('div');
  item.className = 'radio';
  const input = Object.assign(document.createElement('input'), { type: 'radio', name: 'category', value: code, id: `category-${code}` });
  const text = Object.assign(document.createElement('label'), { htmlFor: input.id, textContent: label });
  item.append(input, text);
  categoryOptions.append(item);
}

// The units of the agency, so the reporter may name the one concerned; a unit's own staff never see
// the case. An agency with no units, or a registry that does not answer, leaves the field hidden.
const unitSelect = byId<HTMLSelectElement>('unit');
void loadPageAgency().then((outcome) => {
  if (outcome?.kind !== 'ok' || outcome.data.units.length === 0) return;
  unitSelect.append(...outcome.data.units.map((unit) => new Option(LANGUAGE === 'th' ? unit.nameTh : unit.nameEn || unit.nameTh, unit.id)));
  byId('unit-field').hidden = false;
});

const anonymousPanel = byId('anonymous-panel');
const identityPanel = byId('identity-panel');
const identityControls = ['reporter-name', 'reporter-phone', 'reporter-email', 'reporter-nationalId', 'reporter-address'].map((id) => byId(id));

const emailRiskPanel = byId('email-risk-panel');

function showReporterPanels() {
  const mode = selectedValue('reporter-mode');
  anonymousPanel.hidden = mode !== 'anonymous';
  // The warning about what an address reveals is for anonymous reporters who type one.
  emailRiskPanel.hidden = !(mode === 'anonymous' && byId<HTMLInputElement>('notifyEmail').value.trim());
  if (emailRiskPanel.hidden) setFieldError(byId('acceptsEmailRisk'));
  identityPanel.hidden = mode !== 'identified';
  // No aria-expanded: a radio button cannot carry it (ARIA 1.2); its checked state is what is read out,
  // and the panel it shows comes next in reading order, named by its aria-controls.
  // Hidden fields are not sent, so their messages would only confuse.
  if (mode !== 'identified') identityControls.forEach((control) => setFieldError(control));
}
form.addEventListener('change', (event) => {
  if ((event.target as HTMLInputElement).name === 'reporter-mode') showReporterPanels();
});
byId('notifyEmail').addEventListener('input', showReporterPanels);
showReporterPanels();

const counted: [string, number][] = [
  ['subject', TEXT_BOUNDS.subject],
  ['description', TEXT_BOUNDS.description],
  ['location', TEXT_BOUNDS.location],
  ['accused', TEXT_BOUNDS.accused],
  ['reporter-name', TEXT_BOUNDS.name],
  ['reporter-address', TEXT_BOUNDS.address],
];
for (const [id, max] of counted) attachCounter(byId<HTMLInputElement | HTMLTextAreaElement>(id), max);

const evidenceInput = byId<HTMLInputElement>('evidence');
// The agency's own limits, from the registry's answer the page asked for anyway.
let fileLimits: FileLimits | undefined;
void pageFileLimits().then((limits) => (fileLimits = limits));
// A new complaint has no files yet: it can take as many as the limit allows.
const newCaseRoom = () => fileLimits?.maxFiles ?? Infinity;
const chooser = attachFileChooser(evidenceInput, byId('evidence-chosen'), newCaseRoom, () => fileLimits);

// --- Reading and checking ---------------------------------------------------------------------

/** What the person typed, as the server will read it: NFC, without surrounding spaces. */
const text = (id: string) => byId<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(id).value.normalize('NFC').trim();

function selectedValue(name: string): string | undefined {
  return form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
}

type Check = [controlId: string, message: string | undefined];

function checkText(id: string, label: string, max: number, required: boolean): Check {
  const value = text(id);
  if (!value) return [id, required ? WORDS.common.required(label) : undefined];
  if (typedLength(value) > max) return [id, WORDS.common.tooLong(label, max)];
  return [id, undefined];
}

const incidentDateField = byId<HTMLFieldSetElement>('incidentDate');
buildThaiDateInput(incidentDateField);

/** The incident date as an ISO day, or why it cannot be one. Empty parts mean "not known". */
function readIncidentDate(): { value?: string; error?: string } {
  const date = readThaiDate(incidentDateField, FIELD_LABELS.incidentDate!);
  if (date.value && date.value > bangkokToday()) return { error: REPORT_WORDS.incidentInFuture };
  return date;
}

function readIdentity(): { identity: Identity; checks: Check[] } {
  const phone = text('reporter-phone');
  const email = text('reporter-email');
  // People often write the ID in groups (1-2345-67890-12-3); the digits are what counts.
  const nationalId = text('reporter-nationalId').replace(/[\s-]/g, '');
  const address = text('reporter-address');
  const checks: Check[] = [
    checkText('reporter-name', FIELD_LABELS['reporter.name']!, TEXT_BOUNDS.name, true),
    ['reporter-phone', phone && !PHONE_PATTERN.test(phone) ? REPORT_WORDS.phone : undefined],
    ['reporter-email', email && !EMAIL_PATTERN.test(email) ? REPORT_WORDS.email : undefined],
    ['reporter-nationalId', nationalId && !isThaiNationalId(nationalId) ? REPORT_WORDS.nationalId : undefined],
    checkText('reporter-address', FIELD_LABELS['reporter.address']!, TEXT_BOUNDS.address, false),
  ];
  const identity: Identity = {
    name: text('reporter-name'),
    ...(phone ? { phone } : {}),
    ...(email ? { email } : {}),
    ...(nationalId ? { nationalId } : {}),
    ...(address ? { address } : {}),
  };
  return { identity, checks };
}

/** Reads the whole form; returns the complaint to send with its files, or the problems to show. */
function readComplaint(): { complaint?: NewComplaint; files: File[]; problems: FieldProblem[] } {
  const category = selectedValue('category');
  const mode = selectedValue('reporter-mode');
  const incidentDate = readIncidentDate();
  const identified = mode === 'identified' ? readIdentity() : undefined;
  const notifyEmail = text('notifyEmail');
  const acceptsEmailRisk = byId<HTMLInputElement>('acceptsEmailRisk').checked;
  const checks: Check[] = [
    ['category', category ? undefined : REPORT_WORDS.chooseCategory],
    checkText('subject', FIELD_LABELS.subject!, TEXT_BOUNDS.subject, true),
    checkText('description', FIELD_LABELS.description!, TEXT_BOUNDS.description, true),
    ['incidentDate', incidentDate.error],
    checkText('location', FIELD_LABELS.location!, TEXT_BOUNDS.location, false),
    checkText('accused', FIELD_LABELS.accused!, TEXT_BOUNDS.accused, false),
    ['reporter', mode ? undefined : REPORT_WORDS.chooseReporter],
    ...(identified?.checks ?? []),
    ['notifyEmail', notifyEmail && !EMAIL_PATTERN.test(notifyEmail) ? REPORT_WORDS.notifyEmailInvalid : undefined],
    ['acceptsEmailRisk', notifyEmail && mode === 'anonymous' && !acceptsEmailRisk ? REPORT_WORDS.emailRiskNotAccepted : undefined],
  ];
  const files = chooser.files();
  const fileProblems = checkFiles(files, newCaseRoom(), fileLimits);
  const problems: FieldProblem[] = [];
  for (const [id, message] of checks) {
    const control = byId(id);
    setFieldError(control, message);
    if (message) problems.push({ control, message });
  }
  // Each file's problem has its own line in the summary; the field shows them together.
  setFieldError(evidenceInput, fileProblems.join(' ') || undefined);
  problems.push(...fileProblems.map((message) => ({ control: evidenceInput, message })));
  if (problems.length || !category || !mode) return { files, problems };

  const location = text('location');
  const accused = text('accused');
  const agency = pageAgencyId();
  const unit = unitSelect.value;
  const concernsHandlers = byId<HTMLInputElement>('concerns-handlers').checked;
  // Both optional: unanswered, the server counts a complaint from an unknown reporter.
  const kind = selectedValue('kind') as NewComplaint['kind'];
  const reporterType = selectedValue('reporterType') as NewComplaint['reporterType'];
  const reporter: Reporter = identified ? { mode: 'identified', ...identified.identity } : { mode: 'anonymous' };
  return {
    problems,
    files,
    complaint: {
      ...(agency ? { agency } : {}),
      ...(unit ? { unit } : {}),
      ...(concernsHandlers ? { concernsHandlers: true } : {}),
      category: category as NewComplaint['category'],
      subject: text('subject'),
      description: text('description'),
      ...(incidentDate.value ? { incidentDate: incidentDate.value } : {}),
      ...(location ? { location } : {}),
      ...(accused ? { accused } : {}),
      ...(kind ? { kind } : {}),
      ...(reporterType ? { reporterType } : {}),
      reporter,
      // The news e-mails are written in this page's language, which is sealed with the address.
      ...(notifyEmail ? { notifyEmail, language: LANGUAGE, ...(mode === 'anonymous' ? { acceptsEmailRisk } : {}) } : {}),
    },
  };
}

/** The element that shows the server's complaint about a field path such as "reporter.name". */
const controlForPath = (path: string) => document.getElementById(path === 'reporter.mode' ? 'reporter' : path.replace('.', '-')) ?? undefined;

function showServerFields(fields: Record<string, string>) {
  const problems = Object.entries(fields).map(([path, reason]): FieldProblem => {
    const control = controlForPath(path);
    const message = serverFieldMessage(path, reason);
    if (control) setFieldError(control, message);
    return control ? { control, message } : { message };
  });
  showErrorSummary(summary, problems.length ? problems : [{ message: REPORT_WORDS.somethingWrong }]);
}

// --- Sending ----------------------------------------------------------------------------------

let sentFiles: File[] = [];
/** Whether the complaint sent left an address for news: the receipt says what will be mailed, or that nothing will. */
let newsByEmail = false;

wireIdempotentSubmit({
  form,
  button: submitButton,
  words: REPORT_WORDS.submit,
  status,
  summary,
  problem,
  read: () => {
    const { complaint, files, problems } = readComplaint();
    sentFiles = files;
    newsByEmail = complaint?.notifyEmail !== undefined;
    return { problems, ...(complaint ? { value: complaint } : {}) };
  },
  send: fileComplaint,
  unavailable: (answered) =>
    answered === undefined
      ? REPORT_WORDS.unreachable
      : REPORT_WORDS.unavailable,
  accepted: (receipt, replayed) => showReceipt(receipt, sentFiles, replayed),
  refused,
});

function refused(refusal: Refusal) {
  if (refusal.status === 400 && Object.keys(refusal.fields).length) return showServerFields(refusal.fields);
  if (refusal.status === 413) {
    const control = byId('description');
    const message = REPORT_WORDS.tooLarge;
    setFieldError(control, message);
    return showErrorSummary(summary, [{ control, message }]);
  }
  showProblem(problem, REPORT_WORDS.refused);
}

// --- The receipt ------------------------------------------------------------------------------

function showReceipt(receipt: Receipt, files: File[], replayed: boolean) {
  // The complaint leaves the page: nothing typed stays in the DOM or in a variable.
  sentFiles = [];
  form.reset();
  form.remove();
  byId('report-intro').remove();
  hideErrorSummary(summary);
  hideProblem(problem);

  byId('receipt-reference').textContent = receipt.reference;
  showSecret(byId('receipt-secret'), receipt.secret);
  showTrackingAddress();
  byId('receipt-warning').textContent = PHRASES.receiptWarning;
  byId('receipt-received').textContent = formatDateTime(receipt.receivedAt);
  byId('receipt-acknowledge-by').textContent = formatDate(receipt.acknowledgeBy);
  byId('receipt-replay-note').hidden = !replayed;
  byId('receipt-news-note').hidden = !newsByEmail;
  byId('receipt-no-news-note').hidden = newsByEmail;
  wireReceiptActions(receipt, guardLeaving());

  const section = byId('receipt');
  section.hidden = false;
  document.title = REPORT_WORDS.receivedTitle(receipt.reference, pageAgencyName());
  section.focus();
  announce(status, REPORT_WORDS.received);
  if (files.length) uploadFiles(receipt, files);
}

/**
 * The secret in its groups, each kept whole on a line: it wraps only after a dash, so a line never
 * ends in the middle of a group someone copies by hand. Copying takes the text as it is.
 */
function showSecret(target: HTMLElement, secret: string) {
  const groups = secret.split('-');
  target.replaceChildren(
    ...groups.flatMap((group, index) => {
      const last = index === groups.length - 1;
      const part = Object.assign(document.createElement('span'), { className: 'code__group', textContent: last ? group : `${group}-` });
      return last ? [part] : [part, document.createElement('wbr')];
    }),
  );
}

/** The agency's tracking page, written out and as a QR code: the address only, never a credential. */
function showTrackingAddress() {
  const address = new URL('track.html', location.href).href;
  const link = byId<HTMLAnchorElement>('receipt-track-url');
  link.href = address;
  link.textContent = address;
  // The encoder (about 6 KB gzipped) is loaded only once a receipt is shown, not with the form.
  // Should it not load (the connection dropped), the address above is still there to write down.
  void import('./qr-svg')
    .then(({ qrSvg }) => byId('receipt-qr').replaceChildren(qrSvg(address, REPORT_WORDS.qrLabel(address))))
    .catch(() => undefined);
}

// --- Leaving the receipt ----------------------------------------------------------------------
// The secret exists nowhere else: until it was copied, saved or printed, or while files are still
// on their way, the browser asks before the page is left.

const leave: { secretKept: boolean; uploading: () => boolean } = { secretKept: false, uploading: () => false };

function guardLeaving() {
  const kept = () => {
    leave.secretKept = true;
  };
  // The buttons, and the same done by hand: a copy of the selection, the browser's own print.
  document.addEventListener('copy', kept);
  window.addEventListener('beforeprint', kept);
  window.addEventListener('beforeunload', (event) => {
    if (leave.secretKept && !leave.uploading()) return;
    event.preventDefault();
    // Older browsers ask only when a value is set.
    event.returnValue = '';
  });
  return kept;
}

// --- Files, after the receipt -----------------------------------------------------------------

function uploadFiles(receipt: Receipt, files: File[]) {
  const credentials = { reference: receipt.reference, secret: receipt.secret };
  const result = byId('receipt-files-result');
  const uploader = createUploader(byId('receipt-file-list'), {
    limits: () => fileLimits,
    credentials: () => credentials,
    refresh: async () => {
      const outcome = await trackComplaint(credentials);
      return outcome.kind === 'ok' ? outcome.data.files : undefined;
    },
    keepSent: true,
    // Cannot happen with the credentials just issued; should it, the receipt stays and tracking says why.
    onRefused: () => undefined,
    onSettled: (summary) => {
      result.textContent = filesResult(summary);
      result.hidden = false;
      announce(status, result.textContent);
    },
  });
  byId('receipt-files').hidden = false;
  leave.uploading = () => uploader.busy();
  uploader.send(files);
}

/** What became of the files, and what the reporter can still do: never a reason to doubt the complaint itself. */
function filesResult({ failed, checking, rejected }: UploadSummary): string {
  const later = REPORT_WORDS.filesLater;
  if (failed) return REPORT_WORDS.filesFailed(failed, later);
  if (rejected) return REPORT_WORDS.filesRejected(rejected, later);
  if (checking) return REPORT_WORDS.filesChecking;
  return REPORT_WORDS.filesDone;
}

function receiptText(receipt: Receipt): string {
  return [
    REPORT_WORDS.fileHeading(pageAgencyName()),
    '',
    `${PHRASES.reference}: ${receipt.reference}`,
    `${PHRASES.secret}: ${receipt.secret}`,
    '',
    `${REPORT_WORDS.fileReceived}: ${formatDateTime(receipt.receivedAt)}`,
    `${REPORT_WORDS.fileAcknowledgeBy}: ${formatDate(receipt.acknowledgeBy)}`,
    `${REPORT_WORDS.fileTrackAt}: ${new URL('track.html', location.href).href}`,
    '',
    PHRASES.receiptWarning,
    '',
  ].join('\r\n');
}

function wireReceiptActions(receipt: Receipt, kept: () => void) {
  const actionStatus = byId('receipt-action-status');
  byId('receipt-print').addEventListener('click', () => {
    kept();
    window.print();
  });

  byId('receipt-copy').addEventListener('click', async () => {
    const copied = await navigator.clipboard
      ?.writeText(`${PHRASES.reference}: ${receipt.reference}\n${PHRASES.secret}: ${receipt.secret}`)
      .then(() => true, () => false);
    if (copied) {
      kept();
      return announce(actionStatus, REPORT_WORDS.copied);
    }
    // Without clipboard access, select the secret so the person can copy it by hand.
    const range = document.createRange();
    range.selectNodeContents(byId('receipt-secret'));
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    announce(actionStatus, REPORT_WORDS.copyFailed);
  });

  byId('receipt-save').addEventListener('click', () => {
    // A byte-order mark lets older text editors recognise the Thai text as UTF-8.
    const file = new Blob(['\ufeff', receiptText(receipt)], { type: 'text/plain;charset=utf-8' });
    const url = URL.createObjectURL(file);
    const link = Object.assign(document.createElement('a'), { href: url, download: `complaint-${receipt.reference}.txt` });
    document.body.append(link);
    link.click();
    link.remove();
    // Revoking at once can cancel the download in some browsers; a minute is plenty to start it.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    kept();
    announce(actionStatus, REPORT_WORDS.saved);
  });
}
