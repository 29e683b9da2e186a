// You are here: the plan's surveys. Public surveys take anyone's answers (an Idempotency-Key keeps a
// retry from counting twice); staff surveys take a one-time token that is consumed with the response
// and leaves nothing that links the two.
import { createHash } from 'node:crypto';
import { activeAgency } from '../agencies';
import { idForKey, normalizeCode, randomCode, randomHex, requestFingerprint } from '../credentials';
import { ConflictError, IdempotencyMismatchError, NotFoundError, ValidationError } from '../errors';
import { parsePeriod, type Period } from '../fiscal';
import { bangkokDate } from '../calendar';
import { auditEntry } from '../audit';
import type { NewResponse } from '../ports';
import { actingRole, type StaffPrincipal, type StaffRole } from '../staff';
import { currentInstrument, instrumentVersion, isOpen, publicDefinition, SURVEY_IDS, type Instrument } from '../surveys/instrument';
import type { TranslatedLanguage } from '../surveys/instrument-schema';
import { surveyResults } from '../surveys/results';
import { scoreAnswers, type Answers } from '../surveys/scoring';
import { canonicalJson } from '../text';
import type { SurveyDeps } from './deps';

export const SURVEY_ROLES = {
  tokens: ['admin'],
  // Never the role that issues tokens: whoever hands a token to a person must not also read answers.
  results: ['executive'],
} as const satisfies Record<string, readonly StaffRole[]>;

export const MAX_TOKENS_PER_REQUEST = 500;
const TOKEN_LENGTH = 20; // 100 bits
const TOKEN_LIFETIME_DAYS = 180;

const tokenHash = (token: string) => new Uint8Array(createHash('sha256').update(`survey-token:v1\0${token}`).digest());

function instrumentOr404(surveyId: string): Instrument {
  const instrument = currentInstrument(surveyId);
  if (!instrument) throw new NotFoundError(`No survey called ${surveyId}; the surveys are ${SURVEY_IDS.join(', ')}`);
  return instrument;
}

/** The title in each language the instrument is translated into, so a list in that language can name the survey. */
function titleTranslations(translations: NonNullable<Instrument['translations']>): Partial<Record<TranslatedLanguage, { title: string }>> {
  const titles: Partial<Record<TranslatedLanguage, { title: string }>> = {};
  for (const [language, text] of Object.entries(translations) as [TranslatedLanguage, { title: string } | undefined][]) if (text) titles[language] = { title: text.title };
  return titles;
}

export function listSurveys(deps: SurveyDeps) {
  return () => {
    const today = bangkokDate(deps.clock.now());
    return SURVEY_IDS.map((id) => currentInstrument(id)!)
      // Listed with its audience: the public list leaves a reporter survey out (it is offered on the
      // tracking page of a concluded case), the executives' results page does not.
      .filter((instrument) => isOpen(instrument, today))
      .map(({ id, version, title, translations, audience, kind, planItem }) => ({
        id,
        version,
        title,
        ...(translations ? { translations: titleTranslations(translations) } : {}),
        audience,
        kind,
        planItem,
        needsToken: audience === 'staff',
      }));
  };
}

export function getSurvey() {
  return (surveyId: string) => publicDefinition(instrumentOr404(surveyId));
}

export interface ResponseInput {
  answers: Answers;
  phase?: 'pre' | 'post';
  token?: string;
  agency?: string;
}

export function submitResponse(deps: SurveyDeps) {
  return async (surveyId: string, input: ResponseInput, idempotencyKey?: string) => {
    const instrument = instrumentOr404(surveyId);
    const now = deps.clock.now();
    const today = bangkokDate(now);
    if (!isOpen(instrument, today)) throw new ConflictError('This survey is not open now');
    if (instrument.audience === 'reporter') throw new ConflictError('This survey is answered from the tracking page of a concluded case (POST /api/tracking/survey)');
    const scored = scoreAnswers(instrument, input.answers, input.phase);

    let agency: string;
    let consumed: Uint8Array | undefined;
    if (instrument.audience === 'staff') {
      const code = input.token && normalizeCode(input.token, TOKEN_LENGTH);
      if (!code) throw new ValidationError('This survey needs the one-time token you were given', { token: 'required for staff surveys' });
      consumed = tokenHash(code);
      const token = await deps.surveys.findToken(consumed);
      if (!token || token.surveyId !== instrument.id) {
        throw new ConflictError('This token is not valid or has already been used; if you have just sent your answers, they were recorded');
      }
      agency = token.agency;
    } else {
      if (input.token) throw new ValidationError('This survey is open to everyone and takes no token', { token: 'not used by this survey' });
      agency = (await activeAgency(deps.agencies, input.agency ?? deps.config.defaultAgency)).id;
    }

    const salt = idempotencyKey ?? randomHex(deps.random, 16);
    const response: NewResponse = {
      // A random id for token responses: deriving it from anything the respondent holds would link them.
      id: idempotencyKey && !consumed ? idForKey('survey-response', idempotencyKey) : randomHex(deps.random, 16),
      requestHash: requestFingerprint(salt, canonicalJson({ surveyId, agency, answers: input.answers, phase: input.phase })),
      surveyId: instrument.id,
      version: instrument.version,
      agency,
      submittedOn: today,
      ...(input.phase ? { phase: input.phase } : {}),
      ...scored,
    };
    const outcome = await deps.surveys.submit(response, consumed ? { token: consumed } : idempotencyKey ? { idempotent: true } : undefined);
    if (!outcome.created && Buffer.compare(outcome.existing.requestHash, response.requestHash) !== 0) {
      throw new IdempotencyMismatchError('This Idempotency-Key was already used for different answers');
    }
    const stored = outcome.created ? response : outcome.existing;
    return {
      surveyId: instrument.id,
      version: stored.version,
      ...(stored.scorePercent !== undefined ? { scorePercent: stored.scorePercent, passed: stored.passed, passMarkPercent: instrument.passMarkPercent } : {}),
    };
  };
}

export function issueTokens(deps: SurveyDeps) {
  return async (principal: StaffPrincipal, surveyId: string, count: number) => {
    const role = actingRole(principal, SURVEY_ROLES.tokens);
    const instrument = instrumentOr404(surveyId);
    if (instrument.audience !== 'staff') throw new ConflictError('This survey is public and needs no tokens');
    const expiresAt = Math.floor(deps.clock.now().getTime() / 1000) + TOKEN_LIFETIME_DAYS * 24 * 3600;
    const tokens = Array.from({ length: count }, () => randomCode(deps.random, TOKEN_LENGTH, 4));
    await deps.audit.append(auditEntry(deps, principal, role, 'survey.tokens', { detail: `${surveyId}: ${count} tokens` }));
    await deps.surveys.issueTokens(tokens.map((token) => ({ hash: tokenHash(normalizeCode(token, TOKEN_LENGTH)!), surveyId, agency: principal.agency, expiresAt })));
    return { surveyId, expiresAt: new Date(expiresAt * 1000).toISOString(), tokens };
  };
}

/** Why a quarter's results are not shown, in words for the reader. */
export const WITHHELD = {
  'period-open': 'The quarter is still open; its results are given once it has ended, so that reads before and after one response cannot be compared',
  'too-few-responses': 'Fewer responses than the minimum: results are withheld so that no one\'s answers can be singled out',
} as const;

export type WithheldReason = keyof typeof WITHHELD;

/**
 * A survey's results for one ended quarter, or a statement that they are withheld. Results exist only
 * for a quarter that has ended (nothing can be added to it any more, so two reads never differ) and
 * holds at least the deployment's minimum of responses. Years are not offered: a year less its
 * published quarters would give a withheld quarter's answers.
 */
export function surveyResultsFor(deps: SurveyDeps) {
  return async (principal: StaffPrincipal, surveyId: string, periodId: string) => {
    const role = actingRole(principal, SURVEY_ROLES.results);
    const instrument = instrumentOr404(surveyId);
    const period: Period = parsePeriod(periodId);
    if (period.kind !== 'quarter') throw new ValidationError('Survey results are given per fiscal quarter', { period: 'write a fiscal quarter like 2570-Q1' });
    await deps.audit.append(auditEntry(deps, principal, role, 'survey.results', { detail: `${surveyId} ${period.id}` }));
    const heading = { surveyId: instrument.id, title: instrument.title, planItem: instrument.planItem, kind: instrument.kind, period: { id: period.id, firstDay: period.firstDay, lastDay: period.lastDay }, agency: principal.agency };
    const minimumResponses = deps.config.surveyMinimumResponses;
    const withheld = (reason: WithheldReason) => ({ withheld: true as const, reason, message: WITHHELD[reason], minimumResponses });
    // Not even the count while the quarter is open: it would say when someone answered.
    if (bangkokDate(deps.clock.now()) <= period.lastDay) return { ...heading, ...withheld('period-open') };
    const responses = await deps.surveys.listResponses(surveyId, principal.agency, period.firstDay, period.lastDay);
    if (responses.length < minimumResponses) return { ...heading, n: responses.length, ...withheld('too-few-responses') };
    // Item means compare like with like: old versions' answers count only for questions they share.
    const versions = new Set(responses.map((response) => response.version));
    const known = [...versions].every((version) => instrumentVersion(surveyId, version));
    if (!known) throw new Error(`Responses of an unknown version of ${surveyId}`);
    return { ...heading, withheld: false as const, minimumResponses, ...surveyResults(instrument, responses, { includeComments: true, minimumResponses }) };
  };
}
