// You are here: the results of a survey for a period, a pure function of its responses. Satisfaction
// is reported two ways: the Thai government convention (mean score ÷ 5 × 100) and the share of
// respondents whose own mean is at least 4, with a 95 % Wilson score interval.
import type { Instrument } from './instrument';

export interface StoredResponse {
  surveyId: string;
  version: number;
  agency: string;
  /** The Bangkok day it was submitted; no finer time is kept, so it cannot be matched to a token. */
  submittedOn: string;
  phase?: 'pre' | 'post';
  ratings: Record<string, number>;
  scorePercent?: number;
  passed?: boolean;
  comment?: string;
}

const Z_95 = 1.959963984540054;
const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;
const mean = (values: number[]) => values.reduce((total, value) => total + value, 0) / values.length;

/** The 95 % Wilson score interval of a proportion, in percent. */
export function wilsonInterval(successes: number, n: number): { low: number; high: number } | undefined {
  if (n === 0) return undefined;
  const p = successes / n;
  const z2 = Z_95 * Z_95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z_95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { low: round(Math.max(0, centre - half) * 100), high: round(Math.min(1, centre + half) * 100) };
}

export interface ResultsOptions {
  includeComments: boolean;
  /**
   * The fewest answers any figure may rest on. A sub-group (the knowledge test's before and after
   * groups, a question only some versions asked) below it is left out, and so is its complement,
   * since the whole minus one published part would give the other.
   */
  minimumResponses?: number;
}

export function surveyResults(instrument: Instrument, responses: readonly StoredResponse[], options: ResultsOptions) {
  const n = responses.length;
  const minimum = options.minimumResponses ?? 1;
  /** A figure over `count` answers out of `n` may be shown: enough of them, and enough (or none) left over. */
  const shown = (count: number) => count >= minimum && (n - count === 0 || n - count >= minimum);
  const base = { surveyId: instrument.id, title: instrument.title, planItem: instrument.planItem, n, versions: [...new Set(responses.map((response) => response.version))].sort() };
  // Sorted, so the order cannot tell which comment came last.
  const comments = options.includeComments ? responses.flatMap((response) => (response.comment ? [response.comment] : [])).sort() : undefined;

  if (instrument.kind === 'test') {
    const scores = (phase?: 'pre' | 'post') => responses.filter((response) => !phase || response.phase === phase).map((response) => response.scorePercent ?? 0);
    const pre = scores('pre');
    const post = scores('post');
    const passes = responses.filter((response) => response.passed).length;
    return {
      ...base,
      kind: 'test' as const,
      passMarkPercent: instrument.passMarkPercent,
      meanScorePercent: n ? round(mean(scores())) : undefined,
      passRatePercent: n ? round((passes / n) * 100) : undefined,
      passRateInterval: wilsonInterval(passes, n),
      pre: { n: pre.length, meanScorePercent: pre.length && shown(pre.length) ? round(mean(pre)) : undefined },
      post: { n: post.length, meanScorePercent: post.length && shown(post.length) ? round(mean(post)) : undefined },
      preToPostChange: pre.length && post.length && shown(pre.length) && shown(post.length) ? round(mean(post) - mean(pre)) : undefined,
      ...(comments ? { comments } : {}),
    };
  }

  const ratingIds = instrument.questions.filter((question) => question.type === 'rating').map((question) => question.id);
  const itemMeans = Object.fromEntries(
    ratingIds.map((id) => {
      const values = responses.flatMap((response) => (response.ratings[id] === undefined ? [] : [response.ratings[id]]));
      return [id, values.length && shown(values.length) ? round(mean(values), 2) : undefined];
    }),
  );
  const allRatings = responses.flatMap((response) => Object.values(response.ratings));
  const respondentMeans = responses.map((response) => mean(Object.values(response.ratings)));
  const satisfied = respondentMeans.filter((value) => value >= 4).length;
  const satisfactionPercent = allRatings.length ? round((mean(allRatings) / 5) * 100) : undefined;
  return {
    ...base,
    kind: 'satisfaction' as const,
    targetPercent: instrument.targetPercent,
    meanScore: allRatings.length ? round(mean(allRatings), 2) : undefined,
    satisfactionPercent,
    satisfiedSharePercent: n ? round((satisfied / n) * 100) : undefined,
    satisfiedShareInterval: wilsonInterval(satisfied, n),
    targetMet: satisfactionPercent === undefined || instrument.targetPercent === undefined ? undefined : satisfactionPercent >= instrument.targetPercent,
    itemMeans,
    ...(comments ? { comments } : {}),
  };
}

export type SurveyResults = ReturnType<typeof surveyResults>;
