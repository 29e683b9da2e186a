import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError } from '../../shared/domain/errors';
import { objectKeys } from '../../shared/domain/evidence';
import type { StaffPrincipal } from '../../shared/domain/staff';
import { caseAudit, getCase, messageReporter, transitionCase } from '../../shared/domain/use-cases/case-handling';
import { applyRetention, exportCase, retentionCutoff, setLegalHold } from '../../shared/domain/use-cases/custody';
import { requestUpload } from '../../shared/domain/use-cases/evidence-files';
import { fileComplaint } from '../../shared/domain/use-cases/file-complaint';
import { processUpload } from '../../shared/domain/use-cases/process-upload';
import { parsePeriod } from '../../shared/domain/fiscal';
import { computeDocuments, publishStatistics } from '../../shared/domain/use-cases/publish-statistics';
import { trackComplaint } from '../../shared/domain/use-cases/track-complaint';
import { jpegWithGps } from '../support/evidence-fixtures';
import { anonymousComplaint, identifiedComplaint, memoryContext } from '../support/memory-context';

const officer: StaffPrincipal = { id: 'officer-1', roles: ['officer'], agency: 'bma-health' };
const custodian: StaffPrincipal = { id: 'custodian-1', roles: ['custodian'], agency: 'bma-health' };
const REASON = 'คำสั่งศาลปกครองกลางให้เก็บรักษาพยานหลักฐานไว้';
const DAY = 24 * 3600;

/** A case with one received photo and a message, concluded by an officer. */
async function concludedCase(complaint = identifiedComplaint()) {
  const memory = memoryContext(new Date('2026-11-27T03:00:00.000Z'));
  const { context } = memory;
  const receipt = await fileComplaint(context)(complaint);
  const { reference } = receipt;
  const credentials = { reference, secret: receipt.secret };
  const photo = jpegWithGps();
  const slot = await requestUpload(context)({ ...credentials, name: 'photo.jpg', type: 'jpeg', size: photo.length }, 'photo-key-1');
  await memory.evidence.write(slot.upload.fields.key!, photo, 'image/jpeg');
  await processUpload(context)(slot.upload.fields.key!);
  await messageReporter(context)(officer, reference, 'ได้รับภาพถ่ายแล้ว ขอบคุณครับ');
  for (const to of ['acknowledged', 'investigating'] as const) await transitionCase(context)(officer, reference, { to });
  await transitionCase(context)(officer, reference, { to: 'closed', outcome: 'substantiated', internalNote: 'ลงโทษทางวินัย' });
  return { ...memory, reference, credentials, fileId: slot.file.id };
}

describe('legal hold', () => {
  it('is placed and lifted by a custodian with a reason, each time audited, and a repeat records nothing', async () => {
    const { context, reference, audit } = await concludedCase();
    const hold = setLegalHold(context);
    const placed = await hold(custodian, reference, { hold: true, reason: REASON });
    expect(placed.legalHold).toEqual({ since: '2026-11-27T03:00:00.000Z' });
    expect((await getCase(context)(custodian, reference)).legalHold).toEqual(placed.legalHold);
    const entries = audit.entries.length;
    await hold(custodian, reference, { hold: true, reason: REASON });
    expect(audit.entries.filter((entry) => entry.action === 'case.hold')).toHaveLength(1);
    expect(audit.entries.length).toBe(entries);
    await hold(custodian, reference, { hold: false, reason: 'การสอบสวนของ ป.ป.ช. เสร็จสิ้นแล้ว ไม่ต้องเก็บไว้อีก' });
    expect(audit.entries.filter((entry) => entry.action.startsWith('case.h') || entry.action === 'case.release').map((entry) => [entry.action, entry.actor, entry.reason])).toEqual([
      ['case.hold', 'custodian-1', REASON],
      ['case.release', 'custodian-1', 'การสอบสวนของ ป.ป.ช. เสร็จสิ้นแล้ว ไม่ต้องเก็บไว้อีก'],
    ]);
  });

  it('is for custodians only', async () => {
    const { context, reference } = await concludedCase();
    await expect(setLegalHold(context)(officer, reference, { hold: true, reason: REASON })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('retention', () => {
  it('starts counting at conclusion, in whole years', () => {
    expect(retentionCutoff(new Date('2032-03-01T00:00:00.000Z'), 5)).toBe('2027-03-01T00:00:00.000Z');
  });

  it('destroys an expired case\'s text, identity, messages and files, keeps its statistics, and records the destruction', async () => {
    const { context, reference, credentials, evidence, audit, advance, complaints } = await concludedCase();
    const period = '2570-Q1';
    advance(40 * DAY); // the quarter has ended: it is published once, now
    const before = await publishStatistics(context)(period);
    const statsBefore = context.statsStore as unknown as { objects: Map<string, { body: Buffer }> };
    const publishedJson = [...statsBefore.objects.entries()].find(([key]) => key.endsWith(`bma-health/${period}/stats.json`))?.[1].body.toString('utf8');
    expect(publishedJson).toBeTruthy();

    advance(5 * 365 * DAY - 40 * DAY); // not yet: five years after conclusion is a day later (a leap day in between)
    expect((await applyRetention(context)()).destroyed).toEqual([]);
    advance(2 * DAY);
    const run = await applyRetention(context)();
    expect(run).toMatchObject({ destroyed: [{ agency: 'bma-health', reference }], failed: [] });

    const stored = (await complaints.loadCaseFile(reference, { system: 'repository' }));
    expect(stored.complaint).toMatchObject({ destroyedAt: run.ranAt, category: 'procurement', status: 'closed', outcome: 'substantiated' });
    expect(stored.complaint!.sealedIdentity).toBeUndefined();
    expect(stored.complaint!.content).toEqual({ subject: '', description: '' });
    expect([stored.events, stored.messages, stored.files]).toEqual([[], [], []]);
    expect([...evidence.objects.keys()].filter((key) => key.includes(reference))).toEqual([]);
    await expect(trackComplaint(context)(credentials)).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(getCase(context)(officer, reference)).rejects.toThrow(/destroyed under the retention policy/);

    // The trail survives, with a dated destruction record by the schedule.
    const trail = await caseAudit(context)(custodian, reference);
    expect(trail.entries.find((entry) => entry.action === 'case.destroy')).toMatchObject({ actor: 'retention-schedule', role: 'system', at: run.ranAt, detail: expect.stringContaining('sealed identity, 3 timeline entries, 1 messages, 1 files') });

    // The quarter published before reproduces exactly from what is left, computed afresh.
    const recomputed = (await computeDocuments(context, (await context.agencies.get(context.config.defaultAgency))!, parsePeriod(period))).quarters.at(-1)!;
    const { revision: _revision, ...published } = JSON.parse(publishedJson!);
    expect(JSON.parse(JSON.stringify(recomputed))).toEqual(published);
    await publishStatistics(context)(period);
    const publishedAgain = [...statsBefore.objects.entries()].find(([key]) => key.endsWith(`bma-health/${period}/stats.json`))?.[1].body.toString('utf8');
    expect(publishedAgain).toBe(publishedJson);
    expect(before.results.length).toBeGreaterThan(0);
    expect(audit.entries.filter((entry) => entry.action === 'case.destroy')).toHaveLength(1);
    expect((await applyRetention(context)()).destroyed).toEqual([]);
  });

  it('passes over a case on legal hold until the hold is lifted', async () => {
    const { context, reference, advance, complaints } = await concludedCase();
    await setLegalHold(context)(custodian, reference, { hold: true, reason: REASON });
    advance(6 * 365 * DAY);
    expect((await applyRetention(context)()).destroyed).toEqual([]);
    expect((await complaints.loadCaseFile(reference, { system: 'repository' })).complaint?.content.description).not.toBe('');
    await setLegalHold(context)(custodian, reference, { hold: false, reason: 'คดีถึงที่สุดแล้ว ไม่มีเหตุให้เก็บรักษาต่อ' });
    expect((await applyRetention(context)()).destroyed).toEqual([{ agency: 'bma-health', reference }]);
    await expect(setLegalHold(context)(custodian, reference, { hold: true, reason: REASON })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('never touches an open case', async () => {
    const memory = memoryContext();
    const receipt = await fileComplaint(memory.context)(anonymousComplaint());
    memory.advance(20 * 365 * DAY);
    expect((await applyRetention(memory.context)()).destroyed).toEqual([]);
    expect((await memory.complaints.loadCaseFile(receipt.reference, { system: 'repository' })).complaint?.destroyedAt).toBeUndefined();
  });
});

describe('export for referral', () => {
  it('packs text, timeline, messages and cleaned files with checksums, without identity by default, audited', async () => {
    const { context, reference, evidence, audit, fileId } = await concludedCase();
    const link = await exportCase(context)(custodian, reference, { reason: 'ส่งต่อสำนักงาน ป.ป.ช. ตามหนังสือที่ กท 0001/123', includeIdentity: false });
    expect(link).toMatchObject({ files: 1, includesIdentity: false });
    const zipKey = evidence.links.at(-1)!.key;
    expect(zipKey.startsWith(`${objectKeys.exportsPrefix}bma-health/${reference}/`)).toBe(true);
    const entries = unzipSync(evidence.objects.get(zipKey)!.body);
    expect(Object.keys(entries).sort()).toEqual(['SHA256SUMS', 'case.json', `files/${reference}-1.jpg`]);
    const caseJson = JSON.parse(strFromU8(entries['case.json']!));
    expect(caseJson).toMatchObject({ reference, status: 'closed', outcome: 'substantiated', export: { includesIdentity: false } });
    expect(caseJson.timeline.at(-1)).toMatchObject({ status: 'closed', internalNote: 'ลงโทษทางวินัย' });
    expect(caseJson.messages).toEqual([expect.objectContaining({ from: 'officer', body: 'ได้รับภาพถ่ายแล้ว ขอบคุณครับ' })]);
    expect(JSON.stringify(caseJson)).not.toContain('สมชาย');
    const cleaned = evidence.objects.get(objectKeys.evidence({ agency: 'bma-health', reference, fileId }))!.body;
    expect(Buffer.compare(Buffer.from(entries[`files/${reference}-1.jpg`]!), Buffer.from(cleaned))).toBe(0);
    const sums = strFromU8(entries.SHA256SUMS!).trim().split('\n');
    for (const line of sums) {
      const [hash, path] = line.split('  ');
      expect(createHash('sha256').update(entries[path!]!).digest('hex')).toBe(hash);
    }
    expect(audit.entries.at(-1)).toMatchObject({ action: 'case.export', actor: 'custodian-1', reason: expect.stringContaining('ป.ป.ช.'), detail: expect.stringContaining('without identity') });
  });

  it('includes the identity only when asked, and refuses to for an anonymous complaint', async () => {
    const { context, reference, evidence, vaultCalls } = await concludedCase();
    const opened = vaultCalls.open;
    await exportCase(context)(custodian, reference, { reason: 'ส่งต่อ ป.ป.ช. พร้อมข้อมูลผู้ร้องตามที่ผู้ร้องยินยอม', includeIdentity: true });
    expect(vaultCalls.open).toBe(opened + 1);
    const entries = unzipSync(evidence.objects.get(evidence.links.at(-1)!.key)!.body);
    expect(JSON.parse(strFromU8(entries['identity.json']!))).toMatchObject({ name: 'สมชาย ใจดี' });

    const anonymous = await concludedCase(anonymousComplaint());
    await expect(exportCase(anonymous.context)(custodian, anonymous.reference, { reason: REASON, includeIdentity: true })).rejects.toBeInstanceOf(ConflictError);
    await expect(exportCase(anonymous.context)(officer, anonymous.reference, { reason: REASON, includeIdentity: false })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

