// You are here: checking one set of answers against its instrument, and scoring it. A response is
// stored only once every answer is known, in range and complete.
import { ValidationError, type FieldErrors } from '../errors';
import { codePoints } from '../text';
import type { Instrument } from './instrument';

export type Answers = Record<string, string | number>;

export interface Scored {
  /** Rating answers by question id (1–5). */
  ratings: Record<string, number>;
  /** Knowledge test: percent correct, and whether it reaches the pass mark. */
  scorePercent?: number;
  passed?: boolean;
  /** Free text for staff only; never published. */
  comment?: string;
}

export function scoreAnswers(instrument: Instrument, answers: Answers, phase: 'pre' | 'post' | undefined): Scored {
  const fields: FieldErrors = {};
  const known = new Set(instrument.questions.map((question) => question.id));
  for (const id of Object.keys(answers)) if (!known.has(id)) fields[`answers.${id}`] = 'no such question in this survey';
  if (instrument.phases && !phase) fields.phase = `say whether this is the ${instrument.phases.join(' or ')} test`;
  if (!instrument.phases && phase) fields.phase = 'this survey has no phases';

  const ratings: Record<string, number> = {};
  let correct = 0;
  let comment: string | undefined;
  for (const question of instrument.questions) {
    const answer = answers[question.id];
    const field = `answers.${question.id}`;
    if (question.type === 'comment') {
      if (answer === undefined || answer === '') continue;
      if (typeof answer !== 'string' || codePoints(answer.trim()) > question.maxLength) fields[field] = `must be text of at most ${question.maxLength} characters`;
      else if (answer.trim()) comment = answer.trim();
    } else if (answer === undefined) {
      fields[field] = 'this question needs an answer';
    } else if (question.type === 'rating') {
      if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < 1 || answer > 5) fields[field] = 'must be a whole number from 1 to 5';
      else ratings[question.id] = answer;
    } else if (!question.options.some((option) => option.id === answer)) {
      fields[field] = `must be one of ${question.options.map((option) => option.id).join(', ')}`;
    } else if (answer === question.answer) {
      correct += 1;
    }
  }
  if (Object.keys(fields).length) throw new ValidationError('Some answers are missing or not valid', fields);

  const choiceCount = instrument.questions.filter((question) => question.type === 'choice').length;
  if (instrument.kind !== 'test') return { ratings, ...(comment ? { comment } : {}) };
  const scorePercent = Math.round((correct / choiceCount) * 1000) / 10;
  return { ratings, scorePercent, passed: scorePercent >= instrument.passMarkPercent!, ...(comment ? { comment } : {}) };
}
