// You are here: one survey (survey.html?id=…), drawn from the instrument the API serves, so a new
// question or a new version needs no change here. Staff surveys ask for the one-time token and the
// knowledge test for its phase. Answers and the token live in the form and in this script only
// (never in storage or the URL) and leave the page with the thank-you. Every word this script writes
// is the page language's (web/i18n/, `survey`); the survey's own texts are the instrument's, in the
// page's language when the instrument has them (survey-text.ts). Answers carry the question ids,
// whatever language they were given in.
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
import { RATING_LABELS, RATING_SCALE, SURVEY_PHASE_LABELS, SURVEY_TOKEN_EXAMPLE, surveyTokenLooksRight } from './survey-labels';
import { fillSurveyText, surveyString } from './survey-text';
import { WORDS } from './words';

const form = byId<HTMLFormElement>('survey-form');
const summary = byId('error-summary');
const formProblem = byId('form-problem');
const pageProblem = byId('survey-problem');
const status = byId('survey-status');
const submitButton = byId<HTMLButtonElement>('survey-submit');
const tokenInput = byId<HTMLInputElement>('survey-token');
const phaseFieldset = byId<HTMLFieldSetElement>('survey-phase');

const SAY = WORDS.survey;

const surveyId = new URLSearchParams(location.search).get('id') ?? '';
void start();

async function start() {
  if (!/^[a-z-]{1,64}$/.test(surveyId)) return stop(SAY.noSurveyInLink);
  const outcome = await getSurveyDefinition(surveyId);
  if (outcome.kind === 'unavailable') return stop(SAY.unreachable);
  if (outcome.kind === 'rejected') return stop(SAY.notFound);
  const survey = outcome.data;
  fillSurveyText(byId('page-title'), survey.title, survey.translations, 'title');
  document.title = `${surveyString(survey.title, survey.translations, 'title')} | ${pageAgencyName()}`;
  const today = bangkokToday();
  if (today < survey.openFrom || (survey.openUntil && today > survey.openUntil)) {
    return stop(today < survey.openFrom ? SAY.notYetOpen : SAY.closed);
  }
  if (survey.audience === 'reporter') return stop(SAY.fromTracking);
  byId('survey-loading').hidden = true;
  fillSurveyText(byId('survey-introduction'), survey.introduction, survey.translations, 'introduction');
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
  const numberLabel = element('span', 'question__number', SAY.questionNumber(number));
  const text = element('span');
  fillSurveyText(text, question.text, question.translations, 'text');
  if (question.type === 'comment') {
    const field = element('div', 'field question');
    const label = Object.assign(document.createElement('label'), { htmlFor: id });
    label.append(numberLabel, ' ', text);
    const textarea = Object.assign(document.createElement('textarea'), { id, name: id, rows: 5, autocomplete: 'off' });
    textarea.setAttribute('aria-describedby', `${id}-count`);
    field.append(label, textarea, Object.assign(element('p', 'counter'), { id: `${id}-count` }));
    return field;
  }
  const fieldset = Object.assign(element('fieldset', 'field question'), { id });
  const legend = element('legend');
  legend.append(numberLabel, ' ', text);
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
      ...question.options.map((option, index) => {
        const optionText = element('span');
        fillSurveyText(optionText, option.text, option.translations, 'text');
        return radio(id, option.id, `${id}-${option.id}`, element('span', 'choice__marker', `${SAY.choiceMarker(index)}.`), ' ', optionText);
      }),
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
    check(tokenInput, !token ? SAY.tokenMissing : surveyTokenLooksRight(token) ? undefined : SAY.tokenShape(SURVEY_TOKEN_EXAMPLE));
  }
  const phase = checkedValue('survey-phase') as SurveySubmission['phase'];
  if (survey.phases) check(phaseFieldset, phase ? undefined : SAY.phaseMissing);

  const answers: SurveySubmission['answers'] = {};
  survey.questions.forEach((question, index) => {
    const control = byId(controlId(question.id));
    if (question.type === 'comment') {
      const text = byId<HTMLTextAreaElement>(controlId(question.id)).value.normalize('NFC').trim();
      check(control, typedLength(text) > question.maxLength ? SAY.commentTooLong(index + 1, question.maxLength) : undefined);
      if (text) answers[question.id] = text;
      return;
    }
    const value = checkedValue(control.id);
    check(control, value ? undefined : question.type === 'rating' ? SAY.chooseScore(index + 1) : SAY.chooseAnswer(index + 1));
    if (value) answers[question.id] = question.type === 'rating' ? Number(value) : value;
  });
  if (problems.length) return { problems };
  const agency = pageAgencyId();
  return { problems, submission: { answers, ...(phase ? { phase } : {}), ...(survey.audience === 'staff' ? { token } : {}), ...(agency ? { agency } : {}) } };
}

/**
 * A refusal's field (`error.fields` names the part of the request: "body.answers.overall",
 * "body.phase", "body.token") as the control it concerns and a sentence in the page's language; the
 * server's own reason is English for developers, read only for which kind of problem it is.
 */
function refusedField(survey: SurveyDefinition, path: string, reason: string): FieldProblem {
  const field = path.replace(/^body\./, '');
  if (field === 'token' && survey.audience === 'staff') return { control: tokenInput, message: SAY.tokenMissing };
  if (field === 'phase' && survey.phases) return { control: phaseFieldset, message: SAY.phaseMissing };
  const questionId = /^answers\.(.+)$/.exec(field)?.[1];
  const index = survey.questions.findIndex((question) => question.id === questionId);
  const question = survey.questions[index];
  if (!question) return { message: SAY.outdated };
  const control = byId(controlId(question.id));
  const number = index + 1;
  const limit = /at most (\d+)/i.exec(reason)?.[1];
  if (question.type === 'comment') return { control, message: limit ? SAY.commentTooLong(number, Number(limit)) : SAY.checkAnswer(number) };
  if (/needs an answer|required/i.test(reason)) return { control, message: question.type === 'rating' ? SAY.chooseScore(number) : SAY.chooseAnswer(number) };
  return { control, message: SAY.checkAnswer(number) };
}

// --- Sending ----------------------------------------------------------------------------------

function wireSubmission(survey: SurveyDefinition) {
  wireIdempotentSubmit({
    form,
    button: submitButton,
    words: { idle: SAY.send, busy: SAY.sendingButton, sending: SAY.sending },
    status,
    summary,
    problem: formProblem,
    read: () => {
      const { submission, problems } = readAnswers(survey);
      return { problems, ...(submission ? { value: submission } : {}) };
    },
    send: (submission, idempotencyKey) => submitSurveyResponse(survey.id, submission, idempotencyKey),
    unavailable: () => SAY.sendUnreachable,
    accepted: (receipt, replayed) => showThanks(survey, receipt, replayed),
    refused: (refusal) => refused(survey, refusal),
  });
}

function refused(survey: SurveyDefinition, refusal: Refusal) {
  if (refusal.status === 409 && survey.audience === 'staff') {
    setFieldError(tokenInput, SAY.tokenUsed);
    tokenInput.focus();
    return showProblem(formProblem, SAY.tokenUsedExplained);
  }
  if (refusal.status === 409) return showProblem(formProblem, SAY.closed);
  if (refusal.status === 400 && Object.keys(refusal.fields).length) {
    const problems = Object.entries(refusal.fields).map(([path, reason]) => {
      const problem = refusedField(survey, path, reason);
      if (problem.control) setFieldError(problem.control, problem.message);
      return problem;
    });
    return showErrorSummary(summary, problems);
  }
  showProblem(formProblem, SAY.refused);
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
  let spoken = SAY.received;
  if (receipt.scorePercent !== undefined) {
    byId('thanks-title').textContent = SAY.testThanksTitle;
    const choices = survey.questions.filter((question) => question.type === 'choice').length;
    const correct = Math.round((receipt.scorePercent / 100) * choices);
    const passMark = receipt.passMarkPercent ?? survey.passMarkPercent ?? 0;
    byId('score-value').textContent = `${formatNumber(receipt.scorePercent)}%`;
    // Two phrases that each stay whole when a phone wraps the line.
    byId('score-detail').replaceChildren(
      element('span', 'nowrap', SAY.correctOf(correct, choices)),
      ' · ',
      element('span', 'nowrap', SAY.passMark(passMark)),
    );
    const verdict = byId('score-verdict');
    verdict.classList.add(receipt.passed ? 'verdict--passed' : 'verdict--not-yet');
    verdict.textContent = receipt.passed ? SAY.passed : SAY.notYetPassed;
    byId('score').hidden = false;
    message.append(
      receipt.passed ? SAY.passedMessage(pageAgencyName()) : SAY.notYetPassedMessage,
      Object.assign(document.createElement('a'), { href: 'knowledge.html', textContent: SAY.knowledgeLink }),
      SAY.scoreAnonymous,
    );
    spoken = SAY.scoreSpoken(receipt.scorePercent, Boolean(receipt.passed));
  } else {
    message.textContent = SAY.receivedMessage;
  }
  const section = byId('thanks');
  section.hidden = false;
  section.focus();
  announce(status, spoken);
}

// A page kept in the back-forward cache must not hand the next person at this device someone's answers or token.
window.addEventListener('pagehide', () => form.reset());
