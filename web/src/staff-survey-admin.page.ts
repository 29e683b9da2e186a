// You are here: the plan's surveys for staff (staff/survey-admin.html). Administrators issue
// one-time tokens for the staff surveys: the server keeps only their hashes, so the page shows them
// once, for printing or copying, and forgets them when told to or on leaving. Executives (never the
// administrators who hand out tokens) read a survey's results for an ended quarter against its target.
import { previousQuarter, quarterOf } from '../../shared/rules/fiscal';
import {
  getSurveyDefinition,
  issueSurveyTokens,
  listSurveys,
  surveyResults,
  type IssuedTokens,
  type SurveyDefinition,
  type SurveyResultsView,
  type SurveySummary,
} from './api';
import {
  announce,
  byId,
  element,
  hideErrorSummary,
  hideProblem,
  setFieldError,
  showErrorSummary,
  showProblem,
} from './form-ui';
import { formatDate, formatNumber, targetLabel } from './labels';
import { SURVEY_PHASE_LABELS } from './survey-labels';
import { callApi, hasRole, requireSession, showSignedInUser, type StaffSession } from './staff-session';
import { allowedHere, fillPeriodChoices, labelledCell, periodIdLabel, staffProblem } from './staff-ui';

const MAX_TOKENS = 500;

const session = requireSession();
if (session) void start(session);

async function start(session: StaffSession) {
  showSignedInUser(session.user);
  const pageProblem = byId('page-problem');
  if (!allowedHere(session.user, ['executive', 'admin'], pageProblem, 'ดูแลแบบสำรวจตามแผน')) {
    byId('surveys-loading').hidden = true;
    return;
  }
  const outcome = await listSurveys();
  byId('surveys-loading').hidden = true;
  if (outcome.kind !== 'ok') return showProblem(pageProblem, staffProblem(outcome, 'โหลดหน้านี้อีกครั้ง'));
  const surveys = outcome.data.surveys;
  if (hasRole(session.user, 'admin')) tokensPanel(session, surveys.filter((survey) => survey.needsToken));
  if (hasRole(session.user, 'executive')) resultsPanel(session, surveys);
}

// --- Issuing tokens ---------------------------------------------------------------------------

function tokensPanel(session: StaffSession, surveys: SurveySummary[]) {
  const form = byId<HTMLFormElement>('tokens-form');
  const surveySelect = byId<HTMLSelectElement>('tokens-survey');
  const countInput = byId<HTMLInputElement>('tokens-count');
  const submit = byId<HTMLButtonElement>('tokens-submit');
  const summary = byId('tokens-error-summary');
  const problem = byId('tokens-problem');
  const issued = byId('issued');
  const tokenList = byId('issued-tokens');
  const actionStatus = byId('issued-action-status');
  const status = byId('page-status');
  for (const survey of surveys) surveySelect.append(new Option(survey.title, survey.id));
  byId('tokens-panel').hidden = false;

  /** The batch on screen; the only copy anywhere, since the server keeps hashes. */
  let shown: { survey: SurveySummary; batch: IssuedTokens } | undefined;
  let busy = false;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!busy) void issue();
  });

  async function issue() {
    hideProblem(problem);
    const countText = countInput.value.trim();
    const count = Number(countText);
    const error = !countText
      ? 'โปรดกรอกจำนวนรหัส'
      : !/^\d{1,3}$/.test(countText) || count < 1 || count > MAX_TOKENS
        ? `โปรดกรอกจำนวนรหัสเป็นตัวเลข 1 ถึง ${formatNumber(MAX_TOKENS)}`
        : undefined;
    setFieldError(countInput, error);
    if (error) return showErrorSummary(summary, [{ control: countInput, message: error }]);
    hideErrorSummary(summary);
    const survey = surveys.find((candidate) => candidate.id === surveySelect.value);
    if (!survey) return;

    busy = true;
    submit.disabled = true;
    submit.textContent = 'กำลังออกรหัส…';
    const outcome = await callApi(session, (token) => issueSurveyTokens(token, survey.id, count));
    busy = false;
    submit.disabled = false;
    submit.textContent = 'ออกรหัส';
    if (outcome.kind === 'signed-out') return;
    if (outcome.kind !== 'ok') return showProblem(problem, staffProblem(outcome, 'กด “ออกรหัส” อีกครั้ง'));
    shown = { survey, batch: outcome.data };
    showBatch(survey, outcome.data);
    form.reset();
  }

  const surveyUrl = (survey: SurveySummary) => `${location.origin}/survey.html?id=${encodeURIComponent(survey.id)}`;

  function showBatch(survey: SurveySummary, batch: IssuedTokens) {
    byId('issued-title').textContent = `รหัสแบบสำรวจ ${formatNumber(batch.tokens.length)} รหัส`;
    byId('issued-survey').textContent = survey.title;
    byId('issued-link').textContent = surveyUrl(survey);
    byId('issued-expires').textContent = formatDate(batch.expiresAt);
    tokenList.replaceChildren(
      ...batch.tokens.map((token) => {
        const item = element('li', 'token-slip');
        // On paper each slip is cut out and handed over, so it carries where to answer.
        item.append(element('span', 'print-only token-slip__survey', survey.title), element('code', 'token-slip__code', token), element('span', 'print-only token-slip__link', surveyUrl(survey)));
        return item;
      }),
    );
    announce(actionStatus, '');
    issued.hidden = false;
    issued.focus();
    announce(status, `ออกรหัสแบบสำรวจแล้ว ${formatNumber(batch.tokens.length)} รหัส`);
  }

  function clear() {
    shown = undefined;
    tokenList.replaceChildren();
    for (const id of ['issued-survey', 'issued-link', 'issued-expires']) byId(id).textContent = '';
    issued.hidden = true;
  }

  byId('issued-print').addEventListener('click', () => {
    // Only the slips go to paper; the class is dropped once the print dialog closes.
    document.body.classList.add('printing-tokens');
    window.print();
  });
  window.addEventListener('afterprint', () => document.body.classList.remove('printing-tokens'));

  byId('issued-copy').addEventListener('click', async () => {
    if (!shown) return;
    const text = [shown.survey.title, `ตอบได้ที่: ${surveyUrl(shown.survey)}`, '', ...shown.batch.tokens].join('\n');
    const copied = await navigator.clipboard?.writeText(text).then(
      () => true,
      () => false,
    );
    if (copied) return announce(actionStatus, `คัดลอกรหัสทั้งหมด ${formatNumber(shown.batch.tokens.length)} รหัสแล้ว`);
    // Without clipboard access, select the list so the person can copy it by hand.
    const range = document.createRange();
    range.selectNodeContents(tokenList);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    announce(actionStatus, 'คัดลอกอัตโนมัติไม่สำเร็จ ระบบเลือกรหัสทั้งหมดไว้ให้แล้ว โปรดกด Ctrl+C เพื่อคัดลอก หรือกด “พิมพ์รหัส”');
  });

  byId('issued-clear').addEventListener('click', () => {
    clear();
    announce(status, 'ล้างรหัสออกจากหน้านี้แล้ว');
    countInput.focus();
  });

  // Tokens must not wait in the back-forward cache for the next person at this computer.
  window.addEventListener('pagehide', clear);
}

// --- Results ----------------------------------------------------------------------------------

function resultsPanel(session: StaffSession, surveys: SurveySummary[]) {
  const form = byId<HTMLFormElement>('results-form');
  const surveySelect = byId<HTMLSelectElement>('results-survey');
  const periodSelect = byId<HTMLSelectElement>('results-period');
  const submit = byId<HTMLButtonElement>('results-submit');
  const problem = byId('results-problem');
  const status = byId('results-status');
  const results = byId('results');
  for (const survey of surveys) surveySelect.append(new Option(survey.title, survey.id));
  // Results exist per ended quarter only, so the quarter just ended comes chosen; the current one
  // answers that it is still open.
  fillPeriodChoices(periodSelect, { years: false });
  periodSelect.value = previousQuarter(quarterOf(new Date())).id;
  byId('results-panel').hidden = false;

  /** Question texts by survey, to name the items whose means the results give by id. */
  const definitions = new Map<string, SurveyDefinition>();
  let loading = false;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!loading) void show();
  });

  async function show() {
    loading = true;
    submit.disabled = true;
    hideProblem(problem);
    announce(status, 'กำลังโหลดผล…');
    const surveyId = surveySelect.value;
    const period = periodSelect.value;
    const [outcome, definition] = await Promise.all([
      callApi(session, (token) => surveyResults(token, surveyId, period)),
      definitions.has(surveyId) ? Promise.resolve(definitions.get(surveyId)) : getSurveyDefinition(surveyId).then((answer) => (answer.kind === 'ok' ? answer.data : undefined)),
    ]);
    loading = false;
    submit.disabled = false;
    if (definition) definitions.set(surveyId, definition);
    if (outcome.kind === 'signed-out') return;
    if (outcome.kind !== 'ok') {
      announce(status, '');
      results.hidden = true;
      return showProblem(problem, staffProblem(outcome, 'กด “แสดงผล” อีกครั้ง'));
    }
    render(outcome.data, definition);
    announce(status, outcome.data.withheld ? `${outcome.data.title}: ${withheldText(outcome.data)}` : `${outcome.data.title}: ผู้ตอบ ${formatNumber(outcome.data.n)} คน`);
    results.hidden = false;
    results.focus();
  }

  function withheldText(view: Extract<SurveyResultsView, { withheld: true }>) {
    if (view.reason === 'period-open') return 'ไตรมาสนี้ยังไม่สิ้นสุด ระบบจะแสดงผลเมื่อสิ้นไตรมาส เพื่อไม่ให้เปรียบเทียบผลก่อนและหลังคำตอบของผู้ใดผู้หนึ่งได้';
    return `มีผู้ตอบน้อยกว่า ${formatNumber(view.minimumResponses)} คน ระบบจึงไม่แสดงผล เพื่อไม่ให้ระบุตัวผู้ตอบได้`;
  }

  function render(view: SurveyResultsView, definition: SurveyDefinition | undefined) {
    byId('results-heading').textContent = `${view.title} · ${periodIdLabel(view.period.id)}`;
    const note = byId('results-withheld');
    note.hidden = !view.withheld;
    if (view.withheld) {
      note.textContent = withheldText(view);
      const counted: [string, string][] = 'n' in view && view.n !== undefined ? [['จำนวนผู้ตอบ', `${formatNumber(view.n)} คน`]] : [];
      byId('results-facts').replaceChildren(...counted.map(([term, value]) => {
        const item = element('div', 'facts__item');
        item.append(element('dt', undefined, term), element('dd', undefined, value));
        return item;
      }));
      byId('results-items').hidden = true;
      byId('results-comments').hidden = true;
      return;
    }
    const facts: [string, string | Node][] = [['จำนวนผู้ตอบ', `${formatNumber(view.n)} คน`]];
    const percent = (value: number | undefined) => (value === undefined ? 'ยังไม่มีข้อมูล' : `${formatNumber(value)}%`);
    const interval = (range: { low: number; high: number } | undefined) => (range ? ` (ช่วงความเชื่อมั่น 95%: ${formatNumber(range.low)}–${formatNumber(range.high)}%)` : '');
    if (view.kind === 'satisfaction') {
      const met = element('span', view.targetMet === undefined ? 'met met--unknown' : view.targetMet ? 'met met--yes' : 'met met--no');
      met.textContent = targetLabel(view.targetMet);
      const satisfaction = element('span');
      satisfaction.append(`${percent(view.satisfactionPercent)} `, met);
      facts.push(
        ['ความพึงพอใจ (คะแนนเฉลี่ย ÷ 5 × 100)', satisfaction],
        ['เป้าหมาย', view.targetPercent === undefined ? 'ไม่มีเป้าหมาย' : `อย่างน้อย ${formatNumber(view.targetPercent)}%`],
        ['คะแนนเฉลี่ย', view.meanScore === undefined ? 'ยังไม่มีข้อมูล' : `${formatNumber(view.meanScore)} จาก 5`],
        ['ผู้ตอบที่พึงพอใจ (คะแนนเฉลี่ยของตนเองตั้งแต่ 4 ขึ้นไป)', `${percent(view.satisfiedSharePercent)}${interval(view.satisfiedShareInterval)}`],
      );
    } else {
      const change = view.preToPostChange;
      facts.push(
        ['เกณฑ์ผ่าน', view.passMarkPercent === undefined ? '—' : `ร้อยละ ${formatNumber(view.passMarkPercent)}`],
        ['คะแนนเฉลี่ย', percent(view.meanScorePercent)],
        ['ผู้ผ่านเกณฑ์', `${percent(view.passRatePercent)}${interval(view.passRateInterval)}`],
        [`${SURVEY_PHASE_LABELS.pre}`, `${formatNumber(view.pre.n)} คน คะแนนเฉลี่ย ${percent(view.pre.meanScorePercent)}`],
        [`${SURVEY_PHASE_LABELS.post}`, `${formatNumber(view.post.n)} คน คะแนนเฉลี่ย ${percent(view.post.meanScorePercent)}`],
        ['คะแนนเฉลี่ยหลังเทียบก่อนการอบรม', change === undefined ? 'ยังเปรียบเทียบไม่ได้' : `${change >= 0 ? 'เพิ่มขึ้น' : 'ลดลง'} ${formatNumber(Math.abs(change))} จุด`],
      );
    }
    byId('results-facts').replaceChildren(
      ...facts.map(([term, value]) => {
        const item = element('div', 'facts__item');
        const dd = element('dd');
        dd.append(value);
        item.append(element('dt', undefined, term), dd);
        return item;
      }),
    );

    const itemMeans = view.kind === 'satisfaction' ? Object.entries(view.itemMeans) : [];
    const textOf = (id: string) => definition?.questions.find((question) => question.id === id)?.text ?? id;
    byId('results-item-rows').replaceChildren(
      ...itemMeans.map(([id, mean]) => {
        const row = element('tr');
        row.append(labelledCell('ข้อ', textOf(id)), labelledCell('คะแนนเฉลี่ย', mean === undefined ? 'ยังไม่มีข้อมูล' : formatNumber(mean)));
        return row;
      }),
    );
    byId('results-items').hidden = itemMeans.length === 0 || view.n === 0;

    // Respondents' own words: text only, never HTML.
    const comments = view.comments ?? [];
    byId('results-comment-list').replaceChildren(...comments.map((comment) => element('li', 'comment', comment)));
    byId('results-comments').hidden = comments.length === 0;
  }
}
