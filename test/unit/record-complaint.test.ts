import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, IdempotencyMismatchError } from '../../shared/domain/errors';
import type { RecordedComplaint } from '../../shared/domain/complaint';
import type { StaffPrincipal } from '../../shared/domain/staff';
import { fileComplaint, recordComplaint } from '../../shared/domain/use-cases/file-complaint';
import { trackComplaint } from '../../shared/domain/use-cases/track-complaint';
import { anonymousComplaint, memoryContext } from '../support/memory-context';

const officer: StaffPrincipal = { id: 'officer-1', roles: ['officer'], agency: 'bma-health' };

// The memory context's clock starts on 2026-11-27 at 10:00 in Bangkok.
const phoneCall = (overrides: Partial<RecordedComplaint> = {}): RecordedComplaint => ({
  channel: 'phone',
  receivedOn: '2026-11-20',
  kind: 'complaint',
  reporterType: 'public',
  category: 'bribery',
  subject: 'เจ้าหน้าที่ศูนย์บริการสาธารณสุขเรียกเงิน',
  description: 'ผู้ร้องโทรแจ้งว่าเจ้าหน้าที่เรียกเงินเพิ่มเพื่อเร่งออกใบรับรองแพทย์',
  unit: 'health-centre-3',
  reporter: { mode: 'anonymous' },
  ...overrides,
});

describe('recording a complaint from another channel', () => {
  it('stores channel, kind and reporter type, counts deadlines from the day it arrived, and audits it with the case', async () => {
    const { context, complaints, audit } = memoryContext();
    const receipt = await recordComplaint(context)(officer, phoneCall(), 'phone-0001');
    const stored = complaints.cases.get(receipt.reference)!.complaint!;
    expect(stored).toMatchObject({ channel: 'phone', kind: 'complaint', reporterType: 'public', receivedOn: '2026-11-20', unit: 'health-centre-3', status: 'received' });
    // 15 days from 20 November (Bangkok), not from the day it was typed in (27 November).
    expect(stored.acknowledgeBy).toBe('2026-12-05T16:59:59.999Z');
    expect(stored.nextUpdateBy).toBe(stored.acknowledgeBy);
    expect(stored.concludeBy).toBe('2027-02-18T16:59:59.999Z');
    expect(receipt.acknowledgeBy).toBe(stored.acknowledgeBy);
    const entries = await audit.list({ reference: receipt.reference });
    expect(entries).toEqual([expect.objectContaining({ action: 'case.record', actor: 'officer-1', role: 'officer', agency: 'bma-health', detail: 'phone' })]);
    // The reporter tracks it with the printed reference and secret like any other complaint.
    const view = await trackComplaint(context)({ reference: receipt.reference, secret: receipt.secret });
    expect(view.status).toBe('received');
  });

  it('seals an identity with the agency and the reference as its encryption context', async () => {
    const { context, complaints, vaultCalls } = memoryContext();
    const receipt = await recordComplaint(context)(officer, phoneCall({ reporter: { mode: 'identified', name: 'นางทดสอบ โทรมา', phone: '081-111-2222' } }), 'phone-0002');
    expect(vaultCalls.seal).toBe(1);
    const stored = complaints.cases.get(receipt.reference)!.complaint!;
    expect(JSON.stringify(stored)).not.toContain('โทรมา');
    const opened = await context.vault.open(stored.sealedIdentity!, { agency: 'bma-health', reference: receipt.reference, purpose: 'reporter-identity' });
    expect(opened.name).toBe('นางทดสอบ โทรมา');
    await expect(context.vault.open(stored.sealedIdentity!, { agency: 'bma-medical', reference: receipt.reference, purpose: 'reporter-identity' })).rejects.toThrow();
  });

  it('refuses the online channel, naming body.channel', async () => {
    const { context, complaints } = memoryContext();
    await expect(recordComplaint(context)(officer, phoneCall({ channel: 'online' as RecordedComplaint['channel'] }), 'online-0001')).rejects.toMatchObject({ fields: { 'body.channel': expect.any(String) } });
    expect(complaints.cases.size).toBe(0);
  });

  it('refuses a day in the future (Bangkok) and one before the agency joined, naming body.receivedOn', async () => {
    const { context, complaints } = memoryContext(new Date('2026-11-27T16:30:00.000Z')); // 23:30 on 27 November in Bangkok
    await expect(recordComplaint(context)(officer, phoneCall({ receivedOn: '2026-11-28' }), 'future-0001')).rejects.toMatchObject({ fields: { 'body.receivedOn': expect.stringContaining('2026-11-27') } });
    await expect(recordComplaint(context)(officer, phoneCall({ receivedOn: '2025-09-30' }), 'before-0001')).rejects.toMatchObject({ fields: { 'body.receivedOn': expect.stringContaining('2025-10-01') } });
    expect(complaints.cases.size).toBe(0);
    // Today and the joining day itself are accepted.
    await recordComplaint(context)(officer, phoneCall({ receivedOn: '2026-11-27' }), 'today-0001');
    await recordComplaint(context)(officer, phoneCall({ receivedOn: '2025-10-01' }), 'joined-0001');
    expect(complaints.cases.size).toBe(2);
  });

  it('takes "today" in Bangkok, not in UTC', async () => {
    // 00:30 on 28 November in Bangkok is still the 27th in UTC.
    const { context } = memoryContext(new Date('2026-11-27T17:30:00.000Z'));
    const receipt = await recordComplaint(context)(officer, phoneCall({ receivedOn: '2026-11-28' }), 'bangkok-0001');
    expect(receipt.reference).toBeTruthy();
  });

  it('refuses a unit the agency does not have, naming body.unit', async () => {
    const { context, complaints } = memoryContext();
    await expect(recordComplaint(context)(officer, phoneCall({ unit: 'no-such-unit' }), 'unit-0001')).rejects.toMatchObject({ fields: { 'body.unit': expect.any(String) } });
    expect(complaints.cases.size).toBe(0);
  });

  it('is for officers of an active agency', async () => {
    const { context, agencies } = memoryContext();
    await expect(recordComplaint(context)({ ...officer, roles: ['executive'] }, phoneCall(), 'role-0001')).rejects.toBeInstanceOf(ForbiddenError);
    await agencies.update('bma-medical', { status: 'retired' });
    await expect(recordComplaint(context)({ ...officer, agency: 'bma-medical' }, phoneCall({ unit: undefined }), 'retired-0001')).rejects.toBeInstanceOf(ConflictError);
  });

  it('records once on a retry with the same key, answers 422 to another body, and never meets another officer\'s or a reporter\'s key', async () => {
    const { context, complaints, audit } = memoryContext();
    const record = recordComplaint(context);
    const first = await record(officer, phoneCall(), 'retry-0001');
    const again = await record(officer, phoneCall(), 'retry-0001');
    expect(again.reference).toBe(first.reference);
    expect(again.secret).not.toBe(first.secret);
    expect(complaints.cases.size).toBe(1);
    expect(await audit.list({ reference: first.reference })).toHaveLength(1);
    // The latest secret is the one that works.
    await expect(trackComplaint(context)({ reference: first.reference, secret: again.secret })).resolves.toMatchObject({ status: 'received' });
    await expect(record(officer, phoneCall({ subject: 'อีกเรื่องหนึ่ง' }), 'retry-0001')).rejects.toBeInstanceOf(IdempotencyMismatchError);
    // The same key from another officer, or on the public form, is another complaint.
    const colleague = await record({ ...officer, id: 'officer-2' }, phoneCall(), 'retry-0001');
    const online = await fileComplaint(context)(anonymousComplaint(), 'retry-0001');
    expect(new Set([first.reference, colleague.reference, online.reference]).size).toBe(3);
  });

  it('marks public intake as online, with the reporter type and kind asked on the form, or unknown and complaint', async () => {
    const { context, complaints } = memoryContext();
    const plain = await fileComplaint(context)(anonymousComplaint());
    const tip = await fileComplaint(context)(anonymousComplaint({ kind: 'tip', reporterType: 'staff' }));
    expect(complaints.cases.get(plain.reference)!.complaint).toMatchObject({ channel: 'online', kind: 'complaint', reporterType: 'unknown' });
    expect(complaints.cases.get(plain.reference)!.complaint!.receivedOn).toBeUndefined();
    expect(complaints.cases.get(tip.reference)!.complaint).toMatchObject({ channel: 'online', kind: 'tip', reporterType: 'staff' });
  });
});
