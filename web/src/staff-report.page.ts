// You are here: the executive's quarterly report in the console (staff/report.html): the report the
// API renders for a chosen quarter, shown in the page, and the sign-off: an analysis of problems and
// remedies and one button that approves the report, which publishes the quarter's statistics with the
// approval's date and the analysis. Sending the same approval again (a lost answer) records nothing.
import { MAX_ANALYSIS_CHARACTERS } from '../../shared/domain/report-approvals';
import { approveReport, getExecutiveReport } from './api';
import { announce, attachCounter, byId, element, hideErrorSummary, hideProblem, setFieldError, showErrorSummary, showProblem } from './form-ui';
import { formatDateTime } from './labels';
import { callApi, requireSession, showSignedInUser, type StaffSession } from './staff-session';
import { allowedHere, periodIdLabel, periodPage, staffProblem } from './staff-ui';
import { STAFF_WORDS } from './staff-words';
import { LANGUAGE } from './words';

const SAY = STAFF_WORDS.report;
const THAI = /[\u0E00-\u0E7F]/;

/**
 * The report's approval part in the page's language. The API writes the report in Thai, which a Thai
 * page shows as it is; another language's page says it in its own words from the part's data (who
 * approved, when, and whether the statistics wait for the approval), and the analysis as written.
 */
function approvalIn(part: Element): Node[] {
  const imported = () => [...part.childNodes].map((node) => document.importNode(node, true));
  if (LANGUAGE === 'th') return imported();
  const approvedOn = part.querySelector<HTMLElement>('.approved-on');
  if (approvedOn?.dataset.approvedAt) {
    const heading = element('h3', undefined, SAY.analysis);
    heading.id = 'approval-analysis';
    const analysis = part.querySelector('.analysis');
    const written = analysis ? document.importNode(analysis, true) : element('div', 'analysis');
    if (THAI.test(written.textContent ?? '')) written.setAttribute('lang', 'th');
    return [element('p', 'approved-on', SAY.approvedBy(approvedOn.dataset.approvedBy ?? '', formatDateTime(approvedOn.dataset.approvedAt))), heading, written];
  }
  const pending = part.querySelector<HTMLElement>('.approval-pending');
  if (pending) return [element('p', 'approval-pending', `${SAY.pending}${pending.dataset.publishAfterApproval === 'true' ? SAY.publishedOnApproval : ''}`)];
  // A part this page cannot read: the report's own words, marked as Thai.
  const wrapper = element('div');
  wrapper.lang = 'th';
  wrapper.append(...imported());
  return [wrapper];
}

const session = requireSession();
if (session) start(session);

function start(session: StaffSession) {
  showSignedInUser(session.user);
  const pageProblem = byId('page-problem');
  if (!allowedHere(session.user, ['executive'], pageProblem, SAY.what)) return;

  const status = byId('report-status');
  const signOff = byId('sign-off-section');
  const state = byId('sign-off-state');
  const form = byId<HTMLFormElement>('sign-off-form');
  const analysis = byId<HTMLTextAreaElement>('analysis');
  const summary = byId('sign-off-summary');
  const problem = byId('sign-off-problem');
  const done = byId('sign-off-done');
  const published = byId('sign-off-published');
  const updateCounter = attachCounter(analysis, MAX_ANALYSIS_CHARACTERS);
  let period = '';

  /**
   * The report page the API rendered (every value escaped there), parsed inert and moved into this
   * page: its approval part into the sign-off section, the rest below it. No script runs from it.
   */
  function show(markup: string, shownPeriod: string, moveFocus: boolean) {
    period = shownPeriod;
    const report = new DOMParser().parseFromString(markup, 'text/html');
    const approvalPart = report.querySelector('section[aria-labelledby="approval-status"]');
    approvalPart?.remove();
    approvalPart?.querySelector('h2')?.remove();
    state.replaceChildren(...(approvalPart ? approvalIn(approvalPart) : []));
    const approved = state.querySelector('.approved-on') !== null;
    form.hidden = approved;
    done.hidden = true;
    published.hidden = !approved;
    byId<HTMLAnchorElement>('sign-off-published-link').href = `/stats/${encodeURIComponent(session.user.agency)}/${encodeURIComponent(period)}/`;
    const sections = [...report.querySelectorAll('main > section')].map((section) => document.importNode(section, true));
    for (const section of sections) for (const table of section.querySelectorAll('table')) table.classList.add('data-table');
    byId('report-body').replaceChildren(...sections);
    byId('report-meta').textContent = [report.querySelector('header .period')?.textContent, report.querySelector('header .revision')?.textContent].filter(Boolean).join(' · ');
    // The report's figures are the API's Thai document: on a page in another language, marked so.
    if (LANGUAGE !== 'th') for (const id of ['report-body', 'report-meta']) byId(id).lang = 'th';
    byId('report-language').hidden = LANGUAGE === 'th';
    signOff.hidden = false;
    byId('report-section').hidden = false;
    announce(status, SAY.shown(periodIdLabel(shownPeriod), approved));
    if (moveFocus) signOff.focus();
  }

  const load = periodPage({
    session,
    pageProblem,
    select: byId<HTMLSelectElement>('report-period'),
    years: false,
    status,
    loadingText: SAY.loading,
    retryText: SAY.retry,
    fetch: getExecutiveReport,
    show,
  });

  /** The problem beside the field and in the summary above the form. */
  const refuse = (message: string) => {
    setFieldError(analysis, message);
    showErrorSummary(summary, [{ control: analysis, message }]);
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideErrorSummary(summary);
    hideProblem(problem);
    setFieldError(analysis);
    const text = analysis.value.trim();
    if (!text) return refuse(SAY.analysisMissing);
    if ([...text].length > MAX_ANALYSIS_CHARACTERS) return refuse(SAY.analysisTooLong(MAX_ANALYSIS_CHARACTERS));
    const submit = byId<HTMLButtonElement>('sign-off-submit');
    submit.disabled = true;
    announce(status, SAY.approving);
    const outcome = await callApi(session, (token) => approveReport(token, period, text));
    submit.disabled = false;
    if (outcome.kind === 'signed-out') return;
    if (outcome.kind === 'rejected' && outcome.fields.analysis) {
      announce(status, '');
      // The server's reason is English for developers: the page says it in its own words.
      const limit = /at most (\d+)/i.exec(outcome.fields.analysis)?.[1];
      return refuse(limit ? SAY.analysisTooLong(Number(limit)) : SAY.analysisRefused);
    }
    if (outcome.kind === 'rejected' && outcome.status === 409) {
      announce(status, '');
      return showProblem(problem, SAY.alreadyApproved);
    }
    if (outcome.kind === 'rejected' && outcome.status === 400) {
      announce(status, '');
      return showProblem(problem, SAY.notEnded);
    }
    if (outcome.kind !== 'ok') {
      announce(status, '');
      // The approval may be recorded already: sending the same one again completes the publication.
      return showProblem(problem, staffProblem(outcome, SAY.approveRetry));
    }
    analysis.value = '';
    updateCounter();
    await load(false);
    done.hidden = false;
    announce(done, SAY.approved(formatDateTime(outcome.data.approvedAt)));
    byId('sign-off-published-link').focus();
  });
}
