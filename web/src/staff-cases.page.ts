// You are here: the queue (staff/cases.html). The filter form never navigates: it drives
// GET /api/cases and mirrors its choices in the address bar (they are not secret), so a reload, Back
// or the case page's link returns to the same view. Late cases say so in words in their own column.
import { listCases, type CaseSummary, type QueueFilters } from './api';
import {
  announce,
  byId,
  element,
  hideProblem,
  setFieldError,
  showProblem,
} from './form-ui';
import { CATEGORY_LABELS, STATUS_LABELS } from './labels';
import { ROLE_LABELS } from './staff-labels';
import { callApi, hasRole, rememberQueueView, requireSession, showSignedInUser, type StaffSession } from './staff-session';
import { isOverdue, labelledCell, nextDeadline, overdueFlags, timeElement } from './staff-ui';

/** The assignee filter's choices, as the select offers them. Declared before start() runs below, which reads it. */
const ASSIGNEE_FILTER_LABELS: Record<string, string> = { me: 'เรื่องที่มอบหมายให้ฉัน', unassigned: 'เรื่องที่ยังไม่มอบหมาย' };

const session = requireSession();
if (session) start(session);

function start(session: StaffSession) {
  showSignedInUser(session.user);
  const problem = byId('queue-problem');
  if (!hasRole(session.user, 'officer', 'supervisor', 'custodian')) {
    const roles = session.user.roles.map((role) => ROLE_LABELS[role]).join(', ') || 'ไม่มีบทบาท';
    showProblem(problem, `บทบาทของท่าน (${roles}) ไม่มีสิทธิ์ดูรายการเรื่องร้องเรียน รายการนี้เปิดได้เฉพาะเจ้าหน้าที่ผู้รับผิดชอบเรื่องร้องเรียนและผู้ควบคุมข้อมูลผู้ร้องเรียน`);
    if (hasRole(session.user, 'admin')) offerAuditLookup();
    return;
  }

  const form = byId<HTMLFormElement>('filters');
  const statusSelect = byId<HTMLSelectElement>('filter-status');
  const categorySelect = byId<HTMLSelectElement>('filter-category');
  const overdueCheck = byId<HTMLInputElement>('filter-overdue');
  const assigneeSelect = byId<HTMLSelectElement>('filter-assignee');
  const submit = byId<HTMLButtonElement>('filters-submit');
  const table = byId<HTMLTableElement>('case-table');
  const rows = byId('case-rows');
  const status = byId('queue-status');
  const nextButton = byId<HTMLButtonElement>('next-page');
  const firstButton = byId<HTMLButtonElement>('first-page');

  for (const [code, label] of Object.entries(STATUS_LABELS)) statusSelect.append(new Option(label, code));
  for (const [code, label] of Object.entries(CATEGORY_LABELS)) categorySelect.append(new Option(label, code));

  // The filters a reload or Back should restore; values the lists do not know are ignored.
  const initial = new URLSearchParams(location.search);
  const known = (value: string | null, labels: Record<string, string>) => (value && Object.hasOwn(labels, value) ? value : '');
  statusSelect.value = known(initial.get('status'), STATUS_LABELS);
  categorySelect.value = known(initial.get('category'), CATEGORY_LABELS);
  overdueCheck.checked = initial.get('overdue') === 'true';
  assigneeSelect.value = known(initial.get('assignee'), ASSIGNEE_FILTER_LABELS);
  byId('queue-section').hidden = false;

  /** Cursors of the pages shown so far; the last one is the page on screen (undefined: the first). */
  let cursors: (string | undefined)[] = [undefined];
  let nextCursor: string | undefined;
  let loading = false;

  const readFilters = (): QueueFilters => ({
    ...(statusSelect.value ? { status: statusSelect.value as QueueFilters['status'] } : {}),
    ...(categorySelect.value ? { category: categorySelect.value as QueueFilters['category'] } : {}),
    ...(overdueCheck.checked ? { overdue: true } : {}),
    ...(assigneeSelect.value ? { assignee: assigneeSelect.value } : {}),
  });

  /** The filters of the list on screen: paging keeps them even if the form was changed but not sent. */
  let applied = readFilters();

  function rememberFilters() {
    const query = new URLSearchParams();
    const chosen = applied;
    if (chosen.status) query.set('status', chosen.status);
    if (chosen.category) query.set('category', chosen.category);
    if (chosen.overdue) query.set('overdue', 'true');
    if (chosen.assignee) query.set('assignee', chosen.assignee);
    const search = query.toString() ? `?${query.toString()}` : '';
    history.replaceState(null, '', `${location.pathname}${search}`);
    rememberQueueView(search);
  }

  async function load(moveFocus: boolean) {
    if (loading) return;
    loading = true;
    submit.disabled = nextButton.disabled = firstButton.disabled = true;
    hideProblem(problem);
    announce(status, 'กำลังโหลดรายการ…');
    const cursor = cursors[cursors.length - 1];
    const outcome = await callApi(session, (token) => listCases(token, { ...applied, ...(cursor ? { cursor } : {}) }));
    loading = false;
    submit.disabled = nextButton.disabled = firstButton.disabled = false;
    if (outcome.kind === 'signed-out') return;
    if (outcome.kind !== 'ok') {
      announce(status, '');
      return showProblem(
        problem,
        outcome.kind === 'unavailable'
          ? 'โหลดรายการไม่สำเร็จ เพราะติดต่อระบบไม่ได้ โปรดกด “แสดงรายการ” อีกครั้ง'
          : outcome.status === 403
            ? 'ท่านไม่มีสิทธิ์ดูรายการเรื่องร้องเรียน'
            : 'โหลดรายการไม่สำเร็จ โปรดตรวจสอบตัวกรอง แล้วกด “แสดงรายการ” อีกครั้ง',
      );
    }
    const { items } = outcome.data;
    nextCursor = outcome.data.cursor;
    rows.replaceChildren(...items.map((item) => caseRow(item, session.user.id)));
    table.hidden = items.length === 0;
    nextButton.hidden = !nextCursor;
    firstButton.hidden = cursors.length === 1;
    const late = items.filter((item) => isOverdue(item.overdue)).length;
    const page = cursors.length > 1 ? `หน้า ${cursors.length.toLocaleString('th-TH')}: ` : '';
    announce(
      status,
      items.length
        ? `${page}แสดง ${items.length.toLocaleString('th-TH')} เรื่อง${late ? ` เกินกำหนด ${late.toLocaleString('th-TH')} เรื่อง` : ''}`
        : 'ไม่พบเรื่องตามเงื่อนไขที่เลือก',
    );
    if (moveFocus) (items.length ? table : status).focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    cursors = [undefined];
    applied = readFilters();
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
  table.tabIndex = -1;
  status.tabIndex = -1;
  rememberFilters();
  void load(false);
}

function caseRow(item: CaseSummary, me: string | undefined): HTMLTableRowElement {
  const row = element('tr', isOverdue(item.overdue) ? 'case-row case-row--overdue' : 'case-row');
  const link = element('a', 'case-link', item.reference);
  link.href = `/staff/case.html?ref=${encodeURIComponent(item.reference)}`;
  const deadline = nextDeadline(item);
  const due = element('div', 'deadline');
  if (deadline) due.append(element('span', 'deadline__label', `${deadline.label} `), timeElement(deadline.at));
  else due.append(element('span', 'deadline__label', 'ดำเนินการแล้วเสร็จ'));
  const flags = overdueFlags(item.overdue);
  row.append(
    labelledCell('เลขที่เรื่อง', link),
    labelledCell('หัวข้อเรื่อง', element('span', 'case-subject', item.subject)),
    labelledCell('ประเภทเรื่อง', CATEGORY_LABELS[item.category]),
    labelledCell('สถานะ', element('span', `status-tag status-tag--${item.status}`, STATUS_LABELS[item.status])),
    labelledCell('ผู้รับผิดชอบ', !item.assignee ? 'ยังไม่มอบหมาย' : item.assignee === me ? 'ท่าน' : element('span', 'code code--inline', item.assignee)),
    labelledCell('วันที่รับเรื่อง', timeElement(item.receivedAt)),
    labelledCell('กำหนดถัดไป', due, ...(flags ? [flags] : [])),
  );
  return row;
}

/** Administrators read audit trails (not cases): they reach one by its reference. */
function offerAuditLookup() {
  const form = byId<HTMLFormElement>('audit-lookup');
  const input = byId<HTMLInputElement>('audit-reference');
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const reference = input.value.trim().toUpperCase().replace(/\s/g, '');
    const problem = /^[0-9A-Z]{5}-?[0-9A-Z]{5}$/.test(reference) ? undefined : 'โปรดกรอกเลขที่เรื่อง 10 ตัว เช่น AB12C-3DE45';
    setFieldError(input, problem);
    if (problem) return input.focus();
    const normalised = reference.includes('-') ? reference : `${reference.slice(0, 5)}-${reference.slice(5)}`;
    location.assign(`/staff/case.html?ref=${encodeURIComponent(normalised)}`);
  });
}
