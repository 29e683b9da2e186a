// You are here: how a public form is sent so that a retry never stores it twice, written once for the
// complaint form (report.page.ts) and the survey form (survey.page.ts). One Idempotency-Key per fill
// of the form, kept across every retry; the submit button says it is busy and cannot be pressed
// twice; a lost answer is said plainly, and the person presses again with everything still typed.
import { newIdempotencyKey, type ApiOutcome } from './api';
import { announce, hideErrorSummary, hideProblem, readyToSubmit, showErrorSummary, showProblem, type FieldProblem } from './form-ui';

export type Refusal = Extract<ApiOutcome<unknown>, { kind: 'rejected' }>;

export interface IdempotentSubmit<T, R> {
  form: HTMLFormElement;
  button: HTMLButtonElement;
  /** The button's words at rest and while sending, and what a screen reader hears as sending starts. */
  words: { idle: string; busy: string; sending: string };
  /** The live region for status messages. */
  status: HTMLElement;
  /** The error summary at the top of the form. */
  summary: HTMLElement;
  /** The role="alert" box for problems that are about no one field. */
  problem: HTMLElement;
  /** Reads and checks the form: what to send, or the problems to list (each field's message already shown). */
  read(): { value?: T; problems: FieldProblem[] };
  send(value: T, idempotencyKey: string): Promise<ApiOutcome<R>>;
  /** What to say when an attempt's fate is unknown: no answer at all (status undefined) or a server failure. */
  unavailable(status: number | undefined): string;
  /** The server took it; `replayed` when the answer is that of an earlier attempt stored after all. */
  accepted(data: R, replayed: boolean): void;
  /** The server refused it; the page says why, next to the field when it can. */
  refused(refusal: Refusal): void;
}

/** Takes over the form's submit event and enables its submit button (shipped disabled, see readyToSubmit). */
export function wireIdempotentSubmit<T, R>(options: IdempotentSubmit<T, R>): void {
  const { form, button, words, status, summary, problem } = options;
  // One key for this fill of the form: every retry carries it, so the server stores one, never two.
  const idempotencyKey = newIdempotencyKey();
  /** What was sent with the key without a verdict (no answer, or a server failure): one of them may be stored. */
  let unsettled: T[] = [];
  let sending = false;

  const setSending = (on: boolean) => {
    sending = on;
    button.disabled = on;
    button.textContent = on ? words.busy : words.idle;
    if (on) announce(status, words.sending);
  };

  async function submit() {
    hideProblem(problem);
    const { value, problems } = options.read();
    if (value === undefined) return showErrorSummary(summary, problems);
    hideErrorSummary(summary);

    setSending(true);
    try {
      let outcome = await options.send(value, idempotencyKey);
      let replayed = false;
      // An earlier attempt was stored after all, and the form has changed since: the server refuses the
      // key with a different body. That earlier one is what counts; fetch its answer instead of storing twice.
      for (const earlier of [...unsettled].reverse()) {
        if (!(outcome.kind === 'rejected' && outcome.code === 'idempotency-key-reused')) break;
        outcome = await options.send(earlier, idempotencyKey);
        replayed = true;
      }
      if (outcome.kind === 'ok') {
        unsettled = [];
        return options.accepted(outcome.data, replayed);
      }
      announce(status, '');
      if (outcome.kind === 'unavailable') {
        if (!replayed && !unsettled.some((earlier) => JSON.stringify(earlier) === JSON.stringify(value))) unsettled.push(value);
        return showProblem(problem, options.unavailable(outcome.status));
      }
      options.refused(outcome);
    } finally {
      setSending(false);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!sending) void submit();
  });
  readyToSubmit(form);
}
