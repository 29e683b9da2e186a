// You are here: one survey (survey.html?id=…), drawn from the instrument the API serves, so a new
// question or a new version needs no change here. Staff surveys ask for the one-time token and the
// knowledge test for its phase. Answers and the token live in the form and in this script only
// (never in storage or the URL) and leave the page with the thank-you.
import { getSurveyDefinition, submitSurveyResponse, type SurveyDefinition, type SurveyQuestion, type SurveyReceipt, type SurveySubmission } from './api';
import {
  announce,
  attachCounter,
  bangkokToday,
  byId,
  clearAnsweredGroups,
  element,
  type FieldProblem,
  hideErrorSummary,
  hideProblem,
  pageAgencyName,
  setFieldError,
  showErrorSummary,
  showProblem,
} from './form-ui';
import { wireIdempotentSubmit, type Refusal } from './idempotent-submit';
import { formatNumber, typedLength } from './labels';
import { pageAgencyId } from './page-agency';
import { CHOICE_MARKERS, RATING_LABELS, RATING_SCALE, SURVEY_PHASE_LABELS, SURVEY_TOKEN_EXAMPLE, surveyTokenLooksRight } from './survey-labels';

const form = byId<HTMLFormElement>('survey-form');
const summary = byId('error-summary');
const formProblem = byId('form-problem');
const pageProblem = byId('survey-problem');
const status = byId('survey-status');
const submitButton = byId<HTMLButtonElement>('survey-submit');
const tokenInput = byId<HTMLInputElement>('survey-token');
const phaseFieldset = byId<HTMLFieldSetElement>('survey-phase');

const UNREACHABLE = 'ติดต่อระบบไม่ได้ในขณะนี้ โปรดตรวจสอบการเชื่อมต่ออินเทอร์เน็ต แล้วโหลดหน้านี้อีกครั้ง';
const USED_TOKEN =
  'รหัสแบบสำรวจนี้ถูกใช้ไปแล้ว หรือไม่ใช่รหัสของแบบสำรวจนี้ รหัสหนึ่งส่งคำตอบได้เพียงครั้งเดียว หากท่านเพิ่งส่งคำตอบไปเมื่อสักครู่ ระบบได้รับคำตอบของท่านแล้ว ไม่ต้องส่งซ้ำ หากยังไม่เคยส่ง โปรดขอรหัสใหม่จากผู้ดูแลระบบ';

const surveyId = new URLSearchParams(location.search).get('id') ?? '';
void start();

async function start() {
  if (!/^[a-z-]{1,64}$/.test(surveyId)) return stop('ไม่พบแบบสำรวจในลิงก์นี้ โปรดเลือกแบบสำรวจจากรายการแบบสำรวจและแบบทดสอบ');
  const outcome = await getSurveyDefinition(surveyId);
  if (outcome.kind === 'unavailable') return stop(UNREACHABLE);
  if (outcome.kind === 'rejected') return stop('ไม่พบแบบสำรวจนี้ อาจปิดไปแล้วหรือลิงก์ไม่ถูกต้อง โปรดเลือกแบบสำรวจจากรายการแบบสำรวจและแบบทดสอบ');
  const survey = outcome.data;
  byId('page-title').textContent = survey.title;
  document.title = `${survey.title} | ${pageAgencyName()}`;
  const today = bangkokToday();
  if (today < survey.openFrom || (survey.openUntil && today > survey.openUntil)) {
    return stop(today < survey.openFrom ? 'แบบสำรวจนี้ยังไม่เปิดให้ตอบ โปรดกลับมาใหม่ภายหลัง' : 'แบบสำรวจนี้ปิดรับคำตอบแล้ว ขอบคุณที่ให้ความสนใจ');
  }
  if (survey.audience === 'reporter') return stop('แบบสำรวจนี้ตอบได้จากหน้าติดตามเรื่อง เมื่อเรื่องของท่านดำเนินการแล้วเสร็จหรือส่งต่อแล้ว');
  byId('survey-loading').hidden = true;
  byId('survey-introduction').textContent = survey.introduction;
  byId('survey-staff-note').hidden = survey.audience !== 'staff';
  byId('survey-intro').hidden = false;
  renderForm(survey);
  clearAnsweredGroups(form, summary);
  form.hidden = false;
  wireSubmission(survey);
}

function stop(message: string) {
  byId('survey-loading').hidden = true;
  showProblem(pageProblem, message);
}

// --- Drawing the instrument -------------------------------------------------------------------

/** Question ids are the instrument's; prefixed so they can never clash with the page's own ids. */
const controlId = (questionId: string) => `q-${questionId}`;

function radio(name: string, value: string, id: string, ...label: (Node | string)[]): HTMLDivElement {
  const item = element('div', 'radio');
  const input = Object.assign(document.createElement('input'), { type: 'radio', name, value, id });
  const text = Object.assign(document.createElement('label'), { htmlFor: id });
  text.append(...label);
  item.append(input, text);
  return item;
}

function renderForm(survey: SurveyDefinition) {
  byId('token-field').hidden = survey.audience !== 'staff';
  phaseFieldset.hidden = !survey.phases;
  byId('survey-phase-options').replaceChildren(
    ...(survey.phases ?? []).map((phase) => radio('survey-phase', phase, `survey-phase-${phase}`, SURVEY_PHASE_LABELS[phase])),
  );
  const questions = byId('questions');
  questions.replaceChildren(...survey.questions.map((question, index) => renderQuestion(question, index + 1)));
  for (const question of survey.questions) {
    if (question.type === 'comment') attachCounter(byId<HTMLTextAreaElement>(controlId(question.id)), question.maxLength);
  }
}

function renderQuestion(question: SurveyQuestion, number: number): HTMLElement {
  const id = controlId(question.id);
  const numberLabel = element('span', 'question__number', `ข้อ ${number}`);
  if (question.type === 'comment') {
    const field = element('div', 'field question');
    const label = Object.assign(document.createElement('label'), { htmlFor: id });
    label.append(numberLabel, ' ', question.text);
    const textarea = Object.assign(document.createElement('textarea'), { id, name: id, rows: 5, autocomplete: 'off' });
    textarea.setAttribute('aria-describedby', `${id}-count`);
    field.append(label, textarea, Object.assign(element('p', 'counter'), { id: `${id}-count` }));
    return field;
  }
  const fieldset = Object.assign(element('fieldset', 'field question'), { id });
  const legend = element('legend');
  legend.append(numberLabel, ' ', question.text);
  fieldset.append(legend);
  if (question.type === 'rating') {
    const scale = element('div', 'radios scale');
    scale.append(
      ...RATING_SCALE.map((score) => radio(id, String(score), `${id}-${score}`, element('span', 'scale__score', String(score)), ' ', RATING_LABELS[score])),
    );
    fieldset.append(scale);
  } else {
    const options = element('div', 'radios');
    options.append(
      ...question.options.map((option, index) =>
        radio(id, option.id, `${id}-${option.id}`, element('span', 'choice__marker', `${CHOICE_MARKERS[index] ?? option.id}.`), ' ', option.text),
      ),
    );
    fieldset.append(options);
  }
  return fieldset;
}

// --- Reading and checking ---------------------------------------------------------------------

const checkedValue = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(name)}"]:checked`)?.value;

function readAnswers(survey: SurveyDefinition): { submission?: SurveySubmission; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const check = (control: HTMLElement, message: string | undefined) => {
    setFieldError(control, message);
    if (message) problems.push({ control, message });
  };

  const token = tokenInput.value.trim();
  if (survey.audience === 'staff') {
    check(tokenInput, !token ? 'โปรดกรอกรหัสแบบสำรวจที่ท่านได้รับ' : surveyTokenLooksRight(token) ? undefined : `รหัสแบบสำรวจมี 20 ตัว เช่น ${SURVEY_TOKEN_EXAMPLE} โปรดตรวจสอบอีกครั้ง`);
  }
  const phase = checkedValue('survey-phase') as SurveySubmission['phase'];
  if (survey.phases) check(phaseFieldset, phase ? undefined : 'โปรดเลือกว่าท่านทำแบบทดสอบนี้ก่อนหรือหลังการอบรม');

  const answers: SurveySubmission['answers'] = {};
  survey.questions.forEach((question, index) => {
    const control = byId(controlId(question.id));
    if (question.type === 'comment') {
      const text = byId<HTMLTextAreaElement>(controlId(question.id)).value.normalize('NFC').trim();
      check(control, typedLength(text) > question.maxLength ? `ข้อ ${index + 1} ต้องไม่เกิน ${formatNumber(question.maxLength)} ตัวอักษร` : undefined);
      if (text) answers[question.id] = text;
      return;
    }
    const value = checkedValue(control.id);
    check(control, value ? undefined : `โปรดเลือก${question.type === 'rating' ? 'ระดับคะแนน' : 'คำตอบ'}ของข้อ ${index + 1}`);
    if (value) answers[question.id] = question.type === 'rating' ? Number(value) : value;
  });
  if (problems.length) return { problems };
  const agency = pageAgencyId();
  return { problems, submission: { answers, ...(phase ? { phase } : {}), ...(survey.audience === 'staff' ? { token } : {}), ...(agency ? { agency } : {}) } };
}

/** The control the server names in `error.fields` ("answers.overall", "phase", "token"). */
function controlForField(path: string): HTMLElement | undefined {
  if (path === 'token') return tokenInput;
  if (path === 'phase') return phaseFieldset;
  const question = /^answers\.(.+)$/.exec(path)?.[1];
  return (question && document.getElementById(controlId(question))) || undefined;
}

// --- Sending ----------------------------------------------------------------------------------

function wireSubmission(survey: SurveyDefinition) {
  wireIdempotentSubmit({
    form,
    button: submitButton,
    words: { idle: 'ส่งคำตอบ', busy: 'กำลังส่งคำตอบ…', sending: 'กำลังส่งคำตอบ โปรดรอสักครู่' },
    status,
    summary,
    problem: formProblem,
    read: () => {
      const { submission, problems } = readAnswers(survey);
      return { problems, ...(submission ? { value: submission } : {}) };
    },
    send: (submission, idempotencyKey) => submitSurveyResponse(survey.id, submission, idempotencyKey),
    unavailable: () =>
      'ยังส่งคำตอบไม่สำเร็จ เพราะติดต่อระบบไม่ได้ โปรดตรวจสอบการเชื่อมต่ออินเทอร์เน็ต แล้วกด “ส่งคำตอบ” อีกครั้ง คำตอบของท่านยังอยู่ครบ และระบบจะไม่นับซ้ำ',
    accepted: (receipt, replayed) => showThanks(survey, receipt, replayed),
    refused: (refusal) => refused(survey, refusal),
  });
}

function refused(survey: SurveyDefinition, refusal: Refusal) {
  if (refusal.status === 409 && survey.audience === 'staff') {
    setFieldError(tokenInput, 'รหัสนี้ใช้ไปแล้ว หรือไม่ใช่รหัสของแบบสำรวจนี้');
    tokenInput.focus();
    return showProblem(formProblem, USED_TOKEN);
  }
  if (refusal.status === 409) return showProblem(formProblem, 'แบบสำรวจนี้ปิดรับคำตอบแล้ว ขอบคุณที่ให้ความสนใจ');
  if (refusal.status === 400 && Object.keys(refusal.fields).length) {
    const problems = Object.keys(refusal.fields).map((path): FieldProblem => {
      const control = controlForField(path);
      const message = path === 'token' ? 'โปรดกรอกรหัสแบบสำรวจที่ท่านได้รับ' : 'โปรดตรวจสอบคำตอบของข้อนี้อีกครั้ง';
      if (control) setFieldError(control, message);
      return control ? { control, message } : { message: 'คำตอบบางส่วนไม่ตรงกับแบบสำรวจฉบับปัจจุบัน โปรดโหลดหน้านี้ใหม่แล้วตอบอีกครั้ง' };
    });
    return showErrorSummary(summary, problems);
  }
  showProblem(formProblem, 'ขออภัย ระบบไม่สามารถรับคำตอบนี้ได้ โปรดโหลดหน้านี้ใหม่แล้วลองอีกครั้ง');
}

// --- Thank you --------------------------------------------------------------------------------

function showThanks(survey: SurveyDefinition, receipt: SurveyReceipt, replayed: boolean) {
  // The answers and the token leave the page with the form.
  form.reset();
  form.remove();
  byId('survey-intro').remove();
  hideErrorSummary(summary);
  hideProblem(formProblem);

  byId('thanks-replay').hidden = !replayed;
  const message = byId('thanks-message');
  let spoken = 'ส่งคำตอบแล้ว ขอบคุณที่สละเวลาตอบแบบสำรวจ';
  if (receipt.scorePercent !== undefined) {
    byId('thanks-title').textContent = 'ขอบคุณที่ทำแบบทดสอบ';
    const choices = survey.questions.filter((question) => question.type === 'choice').length;
    const correct = Math.round((receipt.scorePercent / 100) * choices);
    const passMark = receipt.passMarkPercent ?? survey.passMarkPercent ?? 0;
    byId('score-value').textContent = `${formatNumber(receipt.scorePercent)}%`;
    // Two phrases that each stay whole when a phone wraps the line.
    byId('score-detail').replaceChildren(
      element('span', 'nowrap', `ตอบถูก ${formatNumber(correct)} จาก ${formatNumber(choices)} ข้อ`),
      ' · ',
      element('span', 'nowrap', `เกณฑ์ผ่านร้อยละ ${formatNumber(passMark)}`),
    );
    const verdict = byId('score-verdict');
    verdict.classList.add(receipt.passed ? 'verdict--passed' : 'verdict--not-yet');
    verdict.textContent = receipt.passed ? 'ยินดีด้วย ท่านผ่านเกณฑ์' : 'ครั้งนี้คะแนนยังไม่ถึงเกณฑ์ผ่าน ไม่เป็นไร';
    byId('score').hidden = false;
    message.append(
      receipt.passed ? `ขอบคุณที่ร่วมเป็นส่วนหนึ่งของการป้องกันการทุจริตใน${pageAgencyName()} ท่านทบทวนความรู้เพิ่มเติมได้จาก` : 'ทุกคนเรียนรู้เพิ่มเติมได้ ท่านทบทวนเรื่องผลประโยชน์ทับซ้อน การรับของขวัญ และการคุ้มครองผู้แจ้งเบาะแส ได้จาก',
      Object.assign(document.createElement('a'), { href: 'knowledge.html', textContent: 'องค์ความรู้ด้านการต่อต้านการทุจริต' }),
      ' คะแนนนี้ไม่ระบุชื่อ ระบบไม่เก็บข้อมูลที่เชื่อมโยงคะแนนกับรหัสหรือตัวท่าน',
    );
    spoken = `ส่งคำตอบแล้ว คะแนนของท่านร้อยละ ${formatNumber(receipt.scorePercent)} ${receipt.passed ? 'ผ่านเกณฑ์' : 'ยังไม่ถึงเกณฑ์ผ่าน'}`;
  } else {
    message.textContent = 'ระบบได้รับคำตอบของท่านแล้ว ความคิดเห็นของท่านจะนำไปใช้ปรับปรุงการให้บริการ โดยเผยแพร่เฉพาะผลรวม ไม่มีการเปิดเผยคำตอบรายบุคคล';
  }
  const section = byId('thanks');
  section.hidden = false;
  section.focus();
  announce(status, spoken);
}

// A page kept in the back-forward cache must not hand the next person at this device someone's answers or token.
window.addEventListener('pagehide', () => form.reset());
