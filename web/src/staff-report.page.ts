// You are here: the executive's quarterly report in the console (staff/report.html): the report the
// API renders for a chosen quarter, shown in the page, and the sign-off: an analysis of problems and
// remedies and one button that approves the report, which publishes the quarter's statistics with the
// approval's date and the analysis. Sending the same approval again (a lost answer) records nothing.
import { MAX_ANALYSIS_CHARACTERS } from '../../shared/domain/report-approvals';
import { approveReport, getExecutiveReport } from './api';
import { announce, attachCounter, byId, hideErrorSummary, hideProblem, setFieldError, showErrorSummary, showProblem } from './form-ui';
import { formatThaiDateTime } from '../../shared/rules/thai-time';
import { callApi, requireSession, showSignedInUser, type StaffSession } from './staff-session';
import { allowedHere, periodPage, staffProblem } from './staff-ui';

const session = requireSession();
if (session) start(session);

function start(session: StaffSession) {
  showSignedInUser(session.user);
  const pageProblem = byId('page-problem');
  if (!allowedHere(session.user, ['executive'], pageProblem, 'ดูและอนุมัติรายงานผู้บริหาร')) return;

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
    state.replaceChildren(...(approvalPart ? [...approvalPart.childNodes].map((node) => document.importNode(node, true)) : []));
    const approved = state.querySelector('.approved-on') !== null;
    form.hidden = approved;
    done.hidden = true;
    published.hidden = !approved;
    byId<HTMLAnchorElement>('sign-off-published-link').href = `/stats/${encodeURIComponent(session.user.agency)}/${encodeURIComponent(period)}/`;
    const sections = [...report.querySelectorAll('main > section')].map((section) => document.importNode(section, true));
    for (const section of sections) for (const table of section.querySelectorAll('table')) table.classList.add('data-table');
    byId('report-body').replaceChildren(...sections);
    byId('report-meta').textContent = [report.querySelector('header .period')?.textContent, report.querySelector('header .revision')?.textContent].filter(Boolean).join(' · ');
    signOff.hidden = false;
    byId('report-section').hidden = false;
    announce(status, `แสดงรายงาน${report.querySelector('header .period')?.textContent ?? ''}${approved ? ' (อนุมัติแล้ว)' : ' (รอการอนุมัติ)'}`);
    if (moveFocus) signOff.focus();
  }

  const load = periodPage({
    session,
    pageProblem,
    select: byId<HTMLSelectElement>('report-period'),
    years: false,
    status,
    loadingText: 'กำลังจัดทำรายงาน…',
    retryText: 'กด “แสดงรายงาน” อีกครั้ง',
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
    if (!text) return refuse('โปรดเขียนการวิเคราะห์ปัญหาและแนวทางแก้ไขก่อนอนุมัติ');
    if ([...text].length > MAX_ANALYSIS_CHARACTERS) return refuse(`การวิเคราะห์ยาวเกิน ${MAX_ANALYSIS_CHARACTERS.toLocaleString('th-TH')} ตัวอักษร`);
    const submit = byId<HTMLButtonElement>('sign-off-submit');
    submit.disabled = true;
    announce(status, 'กำลังอนุมัติและเผยแพร่สถิติ…');
    const outcome = await callApi(session, (token) => approveReport(token, period, text));
    submit.disabled = false;
    if (outcome.kind === 'signed-out') return;
    if (outcome.kind === 'rejected' && outcome.fields.analysis) {
      announce(status, '');
      return refuse(`การวิเคราะห์: ${outcome.fields.analysis}`);
    }
    if (outcome.kind === 'rejected' && outcome.status === 409) {
      announce(status, '');
      return showProblem(problem, 'ไตรมาสนี้ได้รับการอนุมัติไปแล้ว โปรดกด “แสดงรายงาน” เพื่อดูการอนุมัติ');
    }
    if (outcome.kind === 'rejected' && outcome.status === 400) {
      announce(status, '');
      return showProblem(problem, 'อนุมัติได้เฉพาะไตรมาสที่สิ้นสุดแล้ว โปรดเลือกไตรมาสอื่น');
    }
    if (outcome.kind !== 'ok') {
      announce(status, '');
      // The approval may be recorded already: sending the same one again completes the publication.
      return showProblem(problem, staffProblem(outcome, 'กดอนุมัติอีกครั้งด้วยข้อความเดิม'));
    }
    analysis.value = '';
    updateCounter();
    await load(false);
    done.hidden = false;
    announce(done, `อนุมัติแล้วเมื่อ ${formatThaiDateTime(outcome.data.approvedAt)} และเผยแพร่สถิติของไตรมาสนี้แล้ว`);
    byId('sign-off-published-link').focus();
  });
}
