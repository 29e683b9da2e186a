// You are here: the channel-experience survey on the tracking page (track.html). Once a case is
// concluded or referred, tracking says the survey is 'open' (or 'answered'); this draws its questions
// from the instrument the API serves and sends the answers with the case's credentials, which stay in
// the tracking page's script. The answer counts once per case, and the server keeps nothing that
// links it to the case: the page says so, so that a reporter can answer frankly.
// The introduction and the questions are the instrument's, in the page's language when the instrument
// has them (survey-text.ts), as on the survey page; the form's own words are the catalogue's
// (web/i18n/, `experienceSurvey`).
import { answerChannelSurvey, getSurveyDefinition, type ReporterCredentials, type SurveyQuestion, type TrackingView } from './api';
import { announce, attachCounter, byId, element, hideProblem, readyToSubmit, setFieldError, showProblem } from './form-ui';
import { serverFieldMessage, typedLength } from './labels';
import { RATING_LABELS, RATING_SCALE } from './survey-labels';
import { fillSurveyText } from './survey-text';
import { WORDS } from './words';

const SURVEY_ID = 'channel-experience';
const RATED = ['convenient', 'fast', 'safe'] as const;

const section = byId('experience-survey');
const form = byId<HTMLFormElement>('experience-form');
const questions = byId('experience-questions');
const problem = byId('experience-problem');
const thanks = byId('experience-thanks');
const submitButton = byId<HTMLButtonElement>('experience-submit');

interface Wiring {
  /** The credentials of the case on screen, or undefined once signed out. */
  credentials: () => ReporterCredentials | undefined;
  /** The page's live region. */
  status: HTMLElement;
  /** 401 or 429: the tracking page signs out and says why. */
  onRefused: (outcome: { status: number; retryAfterSeconds?: number }) => void;
}

let wiring: Wiring | undefined;
/** The questions as drawn; kept while the case is on screen, so a refresh keeps what was ticked. */
let drawn: SurveyQuestion[] | undefined;
let commentLimit = 500;

const controlId = (questionId: string) => `experience-${questionId}`;

export function wireExperienceSurvey(options: Wiring) {
  wiring = options;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!submitButton.disabled) void send();
  });
  readyToSubmit(form);
}

/** Shows the survey as the case's state has it: not offered, to answer, or answered. */
export async function showExperienceSurvey(view: TrackingView) {
  if (!view.experienceSurvey) return clearExperienceSurvey();
  section.hidden = false;
  if (view.experienceSurvey === 'answered') return showThanks();
  thanks.hidden = true;
  if (drawn) return;
  const outcome = await getSurveyDefinition(SURVEY_ID);
  if (outcome.kind !== 'ok') {
    section.hidden = true;
    return;
  }
  drawn = outcome.data.questions;
  fillSurveyText(byId('experience-introduction'), outcome.data.introduction, outcome.data.translations, 'introduction');
  questions.replaceChildren(...drawn.map(renderQuestion));
  for (const question of drawn) {
    if (question.type === 'comment') {
      commentLimit = question.maxLength;
      attachCounter(byId<HTMLTextAreaElement>(controlId(question.id)), question.maxLength);
    }
  }
  form.hidden = false;
}

/** Forgets the survey with the case (signing out, or a case that offers none). */
export function clearExperienceSurvey() {
  section.hidden = true;
  form.reset();
  form.hidden = true;
  thanks.hidden = true;
  drawn = undefined;
  questions.replaceChildren();
  hideProblem(problem);
}

function showThanks() {
  form.hidden = true;
  form.reset();
  hideProblem(problem);
  thanks.hidden = false;
}

/** A question's words in the page's language, or as the instrument writes them when it has no translation. */
function questionText(question: SurveyQuestion): HTMLElement {
  const text = element('span');
  fillSurveyText(text, question.text, question.translations, 'text');
  return text;
}

function renderQuestion(question: SurveyQuestion, index: number): HTMLElement {
  const id = controlId(question.id);
  const number = element('span', 'question__number', WORDS.experienceSurvey.questionNumber(index + 1));
  if (question.type === 'comment') {
    const field = element('div', 'field question');
    const label = Object.assign(document.createElement('label'), { htmlFor: id });
    label.append(number, ' ', questionText(question));
    const textarea = Object.assign(document.createElement('textarea'), { id, name: id, rows: 3, autocomplete: 'off' });
    textarea.setAttribute('aria-describedby', `${id}-count`);
    field.append(label, textarea, Object.assign(element('p', 'counter'), { id: `${id}-count` }));
    return field;
  }
  const fieldset = Object.assign(element('fieldset', 'field question'), { id });
  const legend = element('legend');
  legend.append(number, ' ', questionText(question));
  const scale = element('div', 'radios scale');
  scale.append(
    ...RATING_SCALE.map((score) => {
      const item = element('div', 'radio');
      const input = Object.assign(document.createElement('input'), { type: 'radio', name: id, value: String(score), id: `${id}-${score}` });
      const label = Object.assign(document.createElement('label'), { htmlFor: input.id });
      label.append(element('span', 'scale__score', String(score)), ' ', RATING_LABELS[score]);
      item.append(input, label);
      return item;
    }),
  );
  fieldset.append(legend, scale);
  return fieldset;
}

async function send() {
  const credentials = wiring?.credentials();
  if (!wiring || !credentials) return;
  hideProblem(problem);
  const ratings: Partial<Record<(typeof RATED)[number], number>> = {};
  let firstProblem: HTMLElement | undefined;
  for (const id of RATED) {
    const fieldset = byId(controlId(id));
    const chosen = form.querySelector<HTMLInputElement>(`input[name="${controlId(id)}"]:checked`);
    setFieldError(fieldset, chosen ? undefined : WORDS.experienceSurvey.chooseScore);
    if (chosen) ratings[id] = Number(chosen.value);
    else firstProblem ??= fieldset;
  }
  const commentBox = document.getElementById(controlId('comment')) as HTMLTextAreaElement | null;
  const comment = commentBox?.value.normalize('NFC').trim() ?? '';
  if (commentBox) {
    const tooLong = typedLength(comment) > commentLimit;
    setFieldError(commentBox, tooLong ? WORDS.experienceSurvey.commentTooLong(commentLimit) : undefined);
    if (tooLong) firstProblem ??= commentBox;
  }
  if (firstProblem) return (firstProblem.querySelector('input') ?? firstProblem).focus();

  submitButton.disabled = true;
  const outcome = await answerChannelSurvey(credentials, { convenient: ratings.convenient!, fast: ratings.fast!, safe: ratings.safe!, ...(comment ? { comment } : {}) });
  submitButton.disabled = false;
  // Signed out while the answer was on its way: nothing more to show.
  if (wiring.credentials() !== credentials) return;
  if (outcome.kind === 'ok' || (outcome.kind === 'rejected' && outcome.code === 'already-answered')) {
    showThanks();
    thanks.focus();
    return announce(wiring.status, WORDS.experienceSurvey.sent);
  }
  if (outcome.kind === 'unavailable') return showProblem(problem, WORDS.experienceSurvey.unreachable);
  if (outcome.status === 401 || outcome.status === 429) return wiring.onRefused(outcome);
  if (outcome.code === 'case-not-concluded') return clearExperienceSurvey();
  const fields = Object.entries(outcome.fields);
  for (const [path, reason] of fields) {
    const question = /answers\.([a-z]+)$/.exec(path)?.[1];
    const control = question && document.getElementById(controlId(question));
    if (control) setFieldError(control, serverFieldMessage(path, reason));
  }
  showProblem(problem, fields.length ? WORDS.experienceSurvey.checkAnswers : WORDS.experienceSurvey.refused);
}
