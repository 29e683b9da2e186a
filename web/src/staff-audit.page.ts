// You are here: the agency-wide audit view (staff/audit.html), for custodians and administrators.
// The filter form never navigates: it drives GET /api/audit and mirrors its choices in the address bar
// (they are not secret), so a reload or Back shows the same view. The server reads only the signed-in
// member's agency and records each page read; this page only asks and shows.
import { agencyAudit, type AgencyAuditPage, type AgencyAuditQuery, type AuditEntry } from './api';
import { EVERY_AUDIT_ACTION_LABEL } from './audit-labels';
import {
  announce,
  buildThaiDateInput,
  byId,
  clearFieldErrors,
  element,
  hideErrorSummary,
  hideProblem,
  readThaiDate,
  setFieldError,
  setThaiDate,
  showErrorSummary,
  showProblem,
  type FieldProblem,
} from './form-ui';
import { STATUS_LABELS } from './labels';
import { ROLE_LABELS } from './staff-labels';
import { callApi, requireSession, showSignedInUser, type StaffSession } from './staff-session';
import { allowedHere, labelledCell, staffProblem, timeElement } from './staff-ui';

const FILTER_NAMES = ['actor', 'action', 'reference', 'from', 'to'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const session = requireSession();
if (session) start(session);

function start(session: StaffSession) {
  showSignedInUser(session.user);
  const pageProblem = byId('page-problem');
  if (!allowedHere(session.user, ['custodian', 'admin'], pageProblem, 'ดูประวัติการดำเนินการของหน่วยงาน')) return;

  const form = byId<HTMLFormElement>('audit-filters');
  const actorInput = byId<HTMLInputElement>('filter-actor');
  const actionSelect = byId<HTMLSelectElement>('filter-action');
  const referenceInput = byId<HTMLInputElement>('filter-reference');
  const fromField = byId<HTMLFieldSetElement>('filter-from');
  const toField = byId<HTMLFieldSetElement>('filter-to');
  const submit = byId<HTMLButtonElement>('filters-submit');
  const summary = byId('error-summary');
  const table = byId<HTMLTableElement>('audit-table');
  const rows = byId('audit-rows');
  const status = byId('audit-status');
  const nextButton = byId<HTMLButtonElement>('next-page');
  const firstButton = byId<HTMLButtonElement>('first-page');

  for (const [code, label] of Object.entries(EVERY_AUDIT_ACTION_LABEL)) actionSelect.append(new Option(label, code));
  buildThaiDateInput(fromField);
  buildThaiDateInput(toField);

  // The view a reload or Back should restore; values the page does not know are ignored.
  const initial = new URLSearchParams(location.search);
  actorInput.value = initial.get('actor') ?? '';
  const action = initial.get('action');
  actionSelect.value = action && Object.hasOwn(EVERY_AUDIT_ACTION_LABEL, action) ? action : '';
  referenceInput.value = initial.get('reference') ?? '';
  const day = (value: string | null) => (value && DAY.test(value) ? value : undefined);
  setThaiDate(fromField, day(initial.get('from')));
  setThaiDate(toField, day(initial.get('to')));
  byId('audit-section').hidden = false;

  /** Cursors of the pages shown so far; the last one is the page on screen (undefined: the first). */
  let cursors: (string | undefined)[] = [undefined];
  let nextCursor: string | undefined;
  let loading = false;

  /** The filters as typed, or the problems with them. */
  function readFilters(): { query?: AgencyAuditQuery; problems: FieldProblem[] } {
    const problems: FieldProblem[] = [];
    const from = readThaiDate(fromField, 'วันที่เริ่มต้น');
    const to = readThaiDate(toField, 'วันที่สิ้นสุด');
    if (from.error) problems.push({ control: fromField, message: from.error });
    if (to.error) problems.push({ control: toField, message: to.error });
    if (!problems.length && from.value && to.value && from.value > to.value) problems.push({ control: fromField, message: 'วันที่เริ่มต้นต้องไม่อยู่หลังวันที่สิ้นสุด' });
    if (problems.length) return { problems };
    const trimmed = (input: HTMLInputElement) => input.value.normalize('NFC').trim();
    const query: AgencyAuditQuery = {
      actor: trimmed(actorInput),
      action: actionSelect.value,
      reference: trimmed(referenceInput),
      ...(from.value ? { from: from.value } : {}),
      ...(to.value ? { to: to.value } : {}),
    };
    return { query, problems };
  }

  /** The filters of the list on screen: paging keeps them even if the form was changed but not sent. */
  let applied: AgencyAuditQuery = readFilters().query ?? {};

  function rememberFilters() {
    const query = new URLSearchParams();
    for (const name of FILTER_NAMES) if (applied[name]) query.set(name, applied[name]);
    const search = query.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
  }

  /** A field the server refused, put next to its control in Thai. */
  function showRefusedFields(fields: Record<string, string>): boolean {
    const controls: Record<string, HTMLElement> = { 'query.actor': actorInput, 'query.action': actionSelect, 'query.reference': referenceInput, 'query.from': fromField, 'query.to': toField };
    const messages: Record<string, string> = {
      'query.actor': 'รหัสเจ้าหน้าที่ไม่ถูกต้อง โปรดตรวจสอบอีกครั้ง',
      'query.action': 'โปรดเลือกการดำเนินการจากรายการ',
      'query.reference': 'เลขที่เรื่องไม่ถูกต้อง เลขที่เรื่องมี 10 ตัวอักษรและตัวเลข',
      'query.from': 'วันที่เริ่มต้นไม่ถูกต้อง หรืออยู่หลังวันที่สิ้นสุด',
      'query.to': 'วันที่สิ้นสุดไม่ถูกต้อง',
    };
    const problems = Object.keys(fields).flatMap((field) => (controls[field] ? [{ control: controls[field], message: messages[field]! }] : []));
    for (const { control, message } of problems) if (control) setFieldError(control, message);
    if (problems.length) showErrorSummary(summary, problems);
    return problems.length > 0;
  }

  async function load(moveFocus: boolean) {
    if (loading) return;
    loading = true;
    submit.disabled = nextButton.disabled = firstButton.disabled = true;
    hideProblem(pageProblem);
    announce(status, 'กำลังโหลดประวัติการดำเนินการ…');
    const cursor = cursors[cursors.length - 1];
    const outcome = await callApi(session, (token) => agencyAudit(token, { ...applied, ...(cursor ? { cursor } : {}) }));
    loading = false;
    submit.disabled = nextButton.disabled = firstButton.disabled = false;
    if (outcome.kind === 'signed-out') return;
    if (outcome.kind !== 'ok') {
      announce(status, '');
      if (outcome.kind === 'rejected' && outcome.status === 400 && showRefusedFields(outcome.fields)) return;
      return showProblem(pageProblem, staffProblem(outcome, 'กด “แสดงประวัติ” อีกครั้ง'));
    }
    show(outcome.data, moveFocus);
  }

  function show(data: AgencyAuditPage, moveFocus: boolean) {
    nextCursor = data.cursor;
    rows.replaceChildren(...data.entries.map(auditRow));
    table.hidden = data.entries.length === 0;
    nextButton.hidden = !nextCursor;
    firstButton.hidden = cursors.length === 1;
    const page = cursors.length > 1 ? `หน้า ${cursors.length.toLocaleString('th-TH')}: ` : '';
    announce(
      status,
      data.entries.length
        ? `${page}แสดง ${data.entries.length.toLocaleString('th-TH')} รายการ${nextCursor ? ' มีรายการเก่ากว่านี้ในหน้าถัดไป' : ''}`
        : nextCursor
          // A filtered page reads a bounded stretch of the log; older entries may still match.
          ? `${page}ช่วงนี้ไม่มีรายการตามเงื่อนไข กด “หน้าถัดไป” เพื่อค้นหารายการที่เก่ากว่า`
          : 'ไม่พบรายการตามเงื่อนไขที่เลือก',
    );
    if (moveFocus) (data.entries.length ? table : status).focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    hideErrorSummary(summary);
    const { query, problems } = readFilters();
    if (!query) {
      for (const { control, message } of problems) if (control) setFieldError(control, message);
      return showErrorSummary(summary, problems);
    }
    cursors = [undefined];
    applied = query;
    rememberFilters();
    void load(true);
  });
  nextButton.addEventListener('click', () => {
    if (!nextCursor) return;
    cursors.push(nextCursor);
    void load(true);
  });
  firstButton.addEventListener('click', () => {
    cursors = [undefined];
    void load(true);
  });
  rememberFilters();
  void load(false);
}

function auditRow(entry: AuditEntry): HTMLTableRowElement {
  const row = element('tr', entry.action === 'identity.reveal' ? 'audit-row audit-row--reveal' : 'audit-row');
  const details: (Node | string)[] = [];
  if (entry.reason) details.push(element('strong', undefined, 'เหตุผล: '), entry.reason);
  if (entry.detail) details.push(...(details.length ? [element('br')] : []), detailText(entry));
  const reference: (Node | string)[] = [];
  if (entry.reference) {
    const link = element('a', 'case-link', entry.reference);
    link.href = `/staff/case.html?ref=${encodeURIComponent(entry.reference)}`;
    reference.push(link);
  } else reference.push(entry.report ? `รายงาน ${entry.report}` : '–');
  row.append(
    labelledCell('เวลา', timeElement(entry.at)),
    labelledCell('ผู้ดำเนินการ', element('span', 'actor', entry.actor)),
    labelledCell('บทบาท', ROLE_LABELS[entry.role] ?? entry.role),
    labelledCell('การดำเนินการ', EVERY_AUDIT_ACTION_LABEL[entry.action] ?? entry.action),
    labelledCell('เลขที่เรื่อง', ...reference),
    labelledCell('เหตุผลหรือรายละเอียด', ...(details.length ? details : ['–'])),
  );
  return row;
}

/** A transition is recorded as "received→acknowledged"; staff read it with the status labels. */
function detailText(entry: AuditEntry): string {
  const [from, to] = (entry.detail ?? '').split('→') as [keyof typeof STATUS_LABELS, (keyof typeof STATUS_LABELS) | undefined];
  if (entry.action === 'case.transition' && to && STATUS_LABELS[from] && STATUS_LABELS[to]) return `${STATUS_LABELS[from]} → ${STATUS_LABELS[to]}`;
  return entry.detail ?? '';
}
