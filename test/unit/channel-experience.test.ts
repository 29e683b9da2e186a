import { describe, expect, it } from 'vitest';
import { hashSecret } from '../../shared/domain/credentials';
import { ConflictError, UnauthorizedError, ValidationError } from '../../shared/domain/errors';
import type { StaffPrincipal } from '../../shared/domain/staff';
import { answerChannelSurvey, redemptionMarker } from '../../shared/domain/use-cases/channel-experience';
import { transitionCase } from '../../shared/domain/use-cases/case-handling';
import { fileComplaint } from '../../shared/domain/use-cases/file-complaint';
import { publishStatistics } from '../../shared/domain/use-cases/publish-statistics';
import type { StatisticsDocument } from '../../shared/domain/publication/document';
import { listSurveys, submitResponse } from '../../shared/domain/use-cases/surveys';
import { trackComplaint } from '../../shared/domain/use-cases/track-complaint';
import { anonymousComplaint, memoryContext } from '../support/memory-context';

const officer: StaffPrincipal = { id: 'officer-1', roles: ['officer'], agency: 'bma-health' };
const answers = { convenient: 5, fast: 4, safe: 5 };

async function filed() {
  const memory = memoryContext();
  const receipt = await fileComplaint(memory.context)(anonymousComplaint());
  const credentials = { reference: receipt.reference, secret: receipt.secret };
  const transition = transitionCase(memory.context);
  const conclude = async (to: 'closed' | 'referred' = 'closed') => {
    await transition(officer, receipt.reference, { to: 'acknowledged' });
    await transition(officer, receipt.reference, { to: 'investigating' });
    await transition(officer, receipt.reference, to === 'closed' ? { to, outcome: 'unsubstantiated' } : { to });
  };
  return { ...memory, receipt, credentials, conclude, track: trackComplaint(memory.context), answer: answerChannelSurvey(memory.context) };
}

const conflictCode = (error: unknown) => (error instanceof ConflictError ? error.code : error);

describe('the channel-experience survey of a concluded case', () => {
  it('is offered by tracking only once the case is concluded or referred, and then says it was answered', async () => {
    for (const to of ['closed', 'referred'] as const) {
      const { track, credentials, conclude, answer } = await filed();
      expect((await track(credentials)).experienceSurvey).toBeUndefined();
      await conclude(to);
      expect((await track(credentials)).experienceSurvey).toBe('open');
      await answer({ ...credentials, answers });
      expect((await track(credentials)).experienceSurvey).toBe('answered');
    }
  });

  it('refuses a case that is not concluded with a conflict, and stores nothing', async () => {
    const { answer, credentials, surveys } = await filed();
    await expect(answer({ ...credentials, answers }).catch(conflictCode)).resolves.toBe('case-not-concluded');
    expect(surveys.responses).toHaveLength(0);
    expect(surveys.redeemed.size).toBe(0);
  });

  it('asks for the secret before anything else', async () => {
    const { answer, credentials, conclude } = await filed();
    await conclude();
    await expect(answer({ ...credentials, secret: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA', answers })).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it('counts one answer per case, however it is sent again (at once or later, the secret typed differently)', async () => {
    const { answer, credentials, conclude, surveys, advance } = await filed();
    await conclude();
    const outcomes = await Promise.allSettled([answer({ ...credentials, answers }), answer({ ...credentials, answers: { convenient: 1, fast: 1, safe: 1 } })]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    advance(3 * 24 * 3600);
    const retyped = { reference: credentials.reference.toLowerCase(), secret: credentials.secret.replace(/-/g, ' ').toLowerCase() };
    await expect(answer({ ...retyped, answers }).catch(conflictCode)).resolves.toBe('already-answered');
    expect(surveys.responses).toHaveLength(1);
  });

  it('answers a missing, out-of-range or overlong answer with 400 naming the question', async () => {
    const { answer, credentials, conclude, surveys } = await filed();
    await conclude();
    const refused = (await answer({ ...credentials, answers: { convenient: 6, safe: 3, comment: 'ก'.repeat(501) } }).catch((error: unknown) => error)) as ValidationError;
    expect(refused).toBeInstanceOf(ValidationError);
    expect(Object.keys(refused.fields ?? {}).sort()).toEqual(['answers.comment', 'answers.convenient', 'answers.fast']);
    expect(surveys.responses).toHaveLength(0);
    expect(surveys.redeemed.size).toBe(0);
  });

  it('stores nothing that leads from the answer to the case, and leaves the case untouched', async () => {
    const { answer, credentials, conclude, surveys, complaints, receipt } = await filed();
    await conclude();
    const before = structuredClone((await complaints.loadCaseFile(receipt.reference, { reporter: true })).complaint);
    await answer({ ...credentials, answers: { ...answers, comment: 'ใช้งานง่าย' } });

    // The case is exactly as it was: nothing on it says whether its reporter answered.
    expect((await complaints.loadCaseFile(receipt.reference, { reporter: true })).complaint).toEqual(before);

    const [stored] = surveys.responses;
    expect(Object.keys(stored!).sort()).toEqual(['agency', 'comment', 'id', 'ratings', 'requestHash', 'submittedOn', 'surveyId', 'version']);
    expect(stored!.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
    const storedText = JSON.stringify({ ...stored, requestHash: hex(stored!.requestHash) }) + [...surveys.redeemed].join();
    const secretHash = hex(hashSecret(receipt.reference, credentials.secret));
    for (const trace of [receipt.reference, credentials.secret, credentials.secret.replace(/-/g, ''), secretHash, receipt.receivedAt]) {
      expect(storedText).not.toContain(trace);
    }
    // The marker is the one the credentials give, and what the case stores (its secret's hash) is not it.
    expect([...surveys.redeemed]).toEqual([hex(redemptionMarker(receipt.reference, credentials.secret))]);
    expect(hex(before!.secretHash)).not.toBe([...surveys.redeemed][0]);
  });

  it('is listed as a reporter survey and cannot be answered through the survey route', async () => {
    const { context } = await filed();
    expect(listSurveys(context)().find((survey) => survey.id === 'channel-experience')).toMatchObject({ audience: 'reporter', needsToken: false });
    await expect(submitResponse(context)('channel-experience', { answers })).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('the channel-experience results, published with the statistics', () => {
  const DAY = 86_400;

  /** `count` cases filed, concluded and answered on the clock's day, each with `rating` for every question. */
  async function answered(memory: ReturnType<typeof memoryContext>, count: number, rating: (index: number) => number) {
    for (let index = 0; index < count; index += 1) {
      const receipt = await fileComplaint(memory.context)(anonymousComplaint());
      const transition = transitionCase(memory.context);
      await transition(officer, receipt.reference, { to: 'acknowledged' });
      await transition(officer, receipt.reference, { to: 'investigating' });
      await transition(officer, receipt.reference, { to: 'referred' });
      const value = rating(index);
      await answerChannelSurvey(memory.context)({ reference: receipt.reference, secret: receipt.secret, answers: { convenient: value, fast: 3, safe: 5 } });
    }
  }
  const published = async (memory: ReturnType<typeof memoryContext>, period: string) =>
    JSON.parse((await memory.statsStore.get(`bma-health/${period}/stats.json`))!.toString('utf8')) as StatisticsDocument;
  const channel = (document: StatisticsDocument) => document.surveys.find((survey) => survey.id === 'channel-experience')!;

  it('gives convenient, fast and safe beside the overall result, and the 4.3.2 indicator, from the threshold up', async () => {
    const memory = memoryContext(new Date('2026-11-02T03:00:00Z'));
    await answered(memory, 5, (index) => (index < 4 ? 5 : 4));
    memory.advance(61 * DAY);
    await publishStatistics(memory.context)('2570-Q1');
    const document = await published(memory, '2570-Q1');
    expect(document.schema).toBe('integrity-statistics/v5');
    // (24 + 15 + 25) ratings over 15 answers = 4.27 of 5.
    expect(channel(document)).toMatchObject({ n: 5, targetPercent: 80, satisfactionPercent: 85.3, targetMet: true });
    expect(channel(document).items).toEqual([
      { id: 'convenient', label: 'สะดวก', satisfactionPercent: 96 },
      { id: 'fast', label: 'รวดเร็ว', satisfactionPercent: 60 },
      { id: 'safe', label: 'ปลอดภัย', satisfactionPercent: 100 },
    ]);
    expect(document.indicators.find((indicator) => indicator.id === 'channel-experience')).toMatchObject({ planItem: '4.3.2', actual: 85.3, met: true });
    const csv = (await memory.statsStore.get('bma-health/2570-Q1/complaints.csv'))!.toString('utf8');
    expect(csv).toContain('bma-health,2570-Q1,surveys,channel-experience.fast,');
    const page = (await memory.statsStore.get('bma-health/2570-Q1/index.html'))!.toString('utf8');
    expect(page).toContain('ปลอดภัย 100 %');
  });

  it('says below the threshold only that fewer answered, and withholds a year one of whose quarters was withheld', async () => {
    const memory = memoryContext(new Date('2026-11-02T03:00:00Z'));
    await answered(memory, 5, () => 5);
    memory.advance(90 * DAY); // 2027-01-31: the second quarter
    await answered(memory, 2, () => 1);
    memory.advance(70 * DAY);
    await publishStatistics(memory.context)('2570-Q2');

    const quarter = channel(await published(memory, '2570-Q2'));
    expect(quarter).toEqual({ id: 'channel-experience', title: expect.any(String), planItem: '4.3.2', n: '<5', targetPercent: 80, withheld: true });
    // The year (7 answers) less the first quarter's published 5 would give the two answers of the second.
    const year = channel(await published(memory, '2570'));
    expect(year).toMatchObject({ n: 'x', withheld: true });
    expect(year.satisfactionPercent).toBeUndefined();
    expect(year.items).toBeUndefined();
    expect(channel(await published(memory, '2570-Q1'))).toMatchObject({ n: 5, satisfactionPercent: 86.7 });
  });
});
