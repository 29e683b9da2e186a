import { describe, expect, it } from 'vitest';
import { ForbiddenError, NotFoundError } from '../../shared/domain/errors';
import { channelSchema, serviceRecordSchema, topicSchema, type Channel, type Topic } from '../../shared/domain/information-centre';
import { INDICATORS } from '../../shared/domain/publication/indicators';
import type { StaffPrincipal } from '../../shared/domain/staff';
import { fileComplaint } from '../../shared/domain/use-cases/file-complaint';
import { indicatorsFor } from '../../shared/domain/use-cases/indicators';
import { publicRegisters, recordService, retireRegisterEntry, saveRegisterEntry, submitSuggestion } from '../../shared/domain/use-cases/information-centre';
import { issueTokens, submitResponse } from '../../shared/domain/use-cases/surveys';
import { currentInstrument } from '../../shared/domain/surveys/instrument';
import { transitionCase } from '../../shared/domain/use-cases/case-handling';
import { anonymousComplaint, memoryContext } from '../support/memory-context';

const admin: StaffPrincipal = { id: 'admin-1', roles: ['admin'], agency: 'bma-health' };
const executive: StaffPrincipal = { id: 'exec-1', roles: ['executive'], agency: 'bma-health' };
const officer: StaffPrincipal = { id: 'officer-1', roles: ['officer'], agency: 'bma-health' };

const topic = (title: string, publishedOn: string): Topic => ({ title, summary: 'สรุปสาระสำคัญ', mediaType: 'leaflet', channel: 'อินทราเน็ต', publishedOn });
const channel = (name: string, activeSince: string, activeUntil?: string): Channel => ({ name, kind: 'website', contact: 'https://example.org', activeSince, ...(activeUntil ? { activeUntil } : {}) });

describe('register rules', () => {
  it('validates topics, channels and service records', () => {
    expect(topicSchema.safeParse({ ...topic('ของขวัญ', '2026-10-05'), link: 'http://insecure.example' }).success).toBe(false);
    expect(topicSchema.safeParse({ ...topic('ของขวัญ', '2026-10-05'), mediaType: 'podcast' }).success).toBe(false);
    expect(channelSchema.safeParse(channel('เว็บไซต์', '2026-10-05', '2026-10-01')).success).toBe(false);
    expect(serviceRecordSchema.safeParse({ date: '2026-10-05', channel: 'walk-in', requestKind: 'ขอสำเนาประกาศ', fulfilled: true }).success).toBe(false);
    expect(serviceRecordSchema.safeParse({ date: '2026-10-05', channel: 'walk-in', requestKind: 'ขอสำเนาประกาศ', fulfilled: true, daysToFulfil: 2 }).success).toBe(true);
  });

  it('publishes topics from their day on, hides retired ones, and lets only admins change the registers', async () => {
    const { context } = memoryContext(new Date('2026-11-02T03:00:00Z'));
    const save = saveRegisterEntry<Topic>(context, 'topics');
    const early = await save(admin, topic('ผลประโยชน์ทับซ้อน', '2026-10-05'));
    await save(admin, topic('อนาคต', '2026-12-01'));
    const retired = await save(admin, topic('เลิกใช้', '2026-10-06'));
    await retireRegisterEntry(context, 'topics')(admin, retired.id);
    expect((await publicRegisters(context).topics()).map((entry) => entry.title)).toEqual(['ผลประโยชน์ทับซ้อน']);
    await save(admin, topic('ผลประโยชน์ทับซ้อน (ปรับปรุง)', '2026-10-05'), early.id);
    expect((await publicRegisters(context).topics())[0]!.title).toBe('ผลประโยชน์ทับซ้อน (ปรับปรุง)');
    await expect(save(officer, topic('x', '2026-10-05'))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(save(admin, topic('x', '2026-10-05'), retired.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(retireRegisterEntry(context, 'topics')(admin, retired.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('every indicator, against a fixture', () => {
  it('computes target beside actual for the quarter', async () => {
    // Threshold 2, so the small fixture's figures are published; below it they are withheld as "x".
    const memory = memoryContext(new Date('2026-11-02T03:00:00Z'), { STATS_SUPPRESSION_THRESHOLD: '2' });
    const { context } = memory;
    // Complaints: 3 received, 1 closed; 2 about salary promotion this quarter, none the quarter before.
    const file = fileComplaint(context);
    const closed = await file(anonymousComplaint());
    await file(anonymousComplaint({ category: 'salary-promotion' }));
    await file(anonymousComplaint({ category: 'salary-promotion' }));
    for (const to of ['acknowledged', 'investigating'] as const) await transitionCase(context)(officer, closed.reference, { to });
    await transitionCase(context)(officer, closed.reference, { to: 'closed', outcome: 'unsubstantiated' });
    // Registers: 5 topics this fiscal year (one from last year does not count); 4 channels active at the quarter's end.
    const saveTopic = saveRegisterEntry<Topic>(context, 'topics');
    for (const day of ['2026-10-02', '2026-10-09', '2026-10-16', '2026-10-23', '2026-10-30', '2026-09-15']) await saveTopic(admin, topic(`หัวข้อ ${day}`, day));
    const saveChannel = saveRegisterEntry<Channel>(context, 'channels');
    for (const name of ['โทรศัพท์', 'เว็บไซต์', 'เฟซบุ๊ก', 'ตู้รับความคิดเห็น']) await saveChannel(admin, channel(name, '2026-01-01'));
    await saveChannel(admin, channel('จุดบริการชั่วคราว', '2026-01-01', '2026-11-30'));
    // Service log: 4 requests, 3 fulfilled; 2 suggestions.
    const record = recordService(context);
    for (const fulfilled of [true, true, true, false]) await record(admin, { date: '2026-10-20', channel: 'walk-in', requestKind: 'ขอข้อมูล', fulfilled, ...(fulfilled ? { daysToFulfil: 3 } : {}) });
    await submitSuggestion(context)({ text: 'ควรเพิ่มข้อมูลงบประมาณ' });
    await submitSuggestion(context)({ text: 'บริการดี' });
    // Surveys: info centre 2 × all 5 (100 %); promotion 1 × all 3 (60 %); vigilance none; knowledge test 1 pass 1 fail.
    const ratings = (id: string, value: number) => Object.fromEntries(currentInstrument(id)!.questions.filter((question) => question.type === 'rating').map((question) => [question.id, value]));
    for (let index = 0; index < 2; index += 1) await submitResponse(context)('info-center-satisfaction', { answers: ratings('info-center-satisfaction', 5) });
    const [promotionToken] = (await issueTokens(context)(admin, 'promotion-satisfaction', 1)).tokens;
    await submitResponse(context)('promotion-satisfaction', { answers: ratings('promotion-satisfaction', 3), token: promotionToken });
    const test = currentInstrument('knowledge-test')!;
    const testTokens = (await issueTokens(context)(admin, 'knowledge-test', 2)).tokens;
    for (const [index, right] of [12, 3].entries()) {
      const answers = Object.fromEntries(test.questions.flatMap((question, position) => (question.type === 'choice' ? [[question.id, position < right ? question.answer : question.options.find((option) => option.id !== question.answer)!.id]] : [])));
      await submitResponse(context)('knowledge-test', { answers, phase: 'post', token: testTokens[index] });
    }

    const result = await indicatorsFor(context)(executive, '2570-Q1');
    const byId = Object.fromEntries(result.quarter.indicators.map((indicator) => [indicator.id, indicator]));
    expect(Object.keys(byId).sort()).toEqual(INDICATORS.map((indicator) => indicator.id).sort());
    expect(byId['complaints-received']).toMatchObject({ actual: 3, met: null });
    // One completed beside two running: "<2", and the two withheld beside it.
    expect(byId['complaints-completed']).toMatchObject({ actual: '<2', met: null });
    expect(byId['info-centre-satisfaction']).toMatchObject({ actual: 100, met: true });
    // One answer only: withheld.
    expect(byId['promotion-satisfaction']).toMatchObject({ actual: 'x', met: null });
    // 2 this quarter against "<2" (0 or 1) before: a rise either way, so "not met" is published, not the difference.
    expect(byId['promotion-complaints-trend']).toMatchObject({ actual: 'x', met: false });
    expect(byId['knowledge-topics']).toMatchObject({ actual: 5, met: true });
    expect(byId['pr-channels']).toMatchObject({ actual: 4, met: false });
    expect(byId['info-centre-requests']).toMatchObject({ actual: 4, met: null });
    expect(byId['info-centre-fulfilled']).toMatchObject({ actual: 75, met: null });
    expect(byId.suggestions).toMatchObject({ actual: 2, met: null });
    expect(byId['knowledge-pass-rate']).toMatchObject({ actual: 50, met: null });
    expect(byId['vigilance-followup']).toMatchObject({ actual: 'x', met: null });
    expect(result.quarter.informationCentre).toMatchObject({ medianDaysToFulfil: 3, suggestionsReceived: 2 });
    expect(memory.audit.entries.at(-1)).toMatchObject({ action: 'indicators.read', actor: 'exec-1' });
    await expect(indicatorsFor(context)(officer, '2570-Q1')).rejects.toBeInstanceOf(ForbiddenError);
  });
});
