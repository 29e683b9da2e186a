import { describe, expect, it } from 'vitest';
import { checkTransition, overdueFlags } from '../../shared/domain/case-workflow';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../shared/domain/errors';
import type { StaffPrincipal } from '../../shared/domain/staff';
import {
  caseAudit,
  getCase,
  listCases,
  messageReporter,
  revealIdentity,
  transitionCase,
} from '../../shared/domain/use-cases/case-handling';
import { fileComplaint } from '../../shared/domain/use-cases/file-complaint';
import { trackComplaint } from '../../shared/domain/use-cases/track-complaint';
import { anonymousComplaint, identifiedComplaint, memoryContext } from '../support/memory-context';

const officer: StaffPrincipal = { id: 'officer-1', roles: ['officer'], agency: 'bma-health' };
const custodian: StaffPrincipal = { id: 'custodian-1', roles: ['custodian'], agency: 'bma-health' };
const executive: StaffPrincipal = { id: 'exec-1', roles: ['executive'], agency: 'bma-health' };
const otherAgencyOfficer: StaffPrincipal = { id: 'officer-9', roles: ['officer', 'custodian'], agency: 'bma-medical' };

async function setup(complaint = anonymousComplaint()) {
  const memory = memoryContext();
  const receipt = await fileComplaint(memory.context)(complaint);
  return { ...memory, receipt, reference: receipt.reference };
}

describe('the workflow', () => {
  it('moves one way: received → acknowledged → investigating → referred | closed', () => {
    expect(() => checkTransition('received', 'acknowledged', undefined)).not.toThrow();
    expect(() => checkTransition('acknowledged', 'investigating', undefined)).not.toThrow();
    expect(() => checkTransition('investigating', 'referred', undefined)).not.toThrow();
    expect(() => checkTransition('investigating', 'closed', 'unsubstantiated')).not.toThrow();
    for (const [from, to] of [['received', 'investigating'], ['received', 'closed'], ['acknowledged', 'received'], ['closed', 'investigating'], ['referred', 'closed']] as const) {
      expect(() => checkTransition(from, to, to === 'closed' ? 'substantiated' : undefined), `${from}→${to}`).toThrow(ConflictError);
    }
  });

  it('needs an outcome to close, and only then', () => {
    expect(() => checkTransition('investigating', 'closed', undefined)).toThrow(ValidationError);
    expect(() => checkTransition('acknowledged', 'investigating', 'substantiated')).toThrow(ValidationError);
  });

  it('flags overdue acknowledgement, progress and conclusion', () => {
    const base = { acknowledgeBy: '2026-12-12T16:59:59.999Z', concludeBy: '2027-02-25T16:59:59.999Z' };
    const later = new Date('2026-12-20T00:00:00Z');
    expect(overdueFlags({ ...base, status: 'received', nextUpdateBy: base.acknowledgeBy }, later)).toEqual({ acknowledgement: true, progress: false, conclusion: false });
    expect(overdueFlags({ ...base, status: 'investigating', nextUpdateBy: '2026-12-19T16:59:59.999Z' }, later)).toEqual({ acknowledgement: false, progress: true, conclusion: false });
    expect(overdueFlags({ ...base, status: 'closed' }, new Date('2027-06-01T00:00:00Z'))).toEqual({ acknowledgement: false, progress: false, conclusion: false });
    expect(overdueFlags({ ...base, status: 'investigating', nextUpdateBy: '2027-06-10T00:00:00Z' }, new Date('2027-06-01T00:00:00Z')).conclusion).toBe(true);
  });
});

describe('case handling', () => {
  it('lets an officer acknowledge and reply, and the reporter sees both with the next date to expect', async () => {
    const { context, reference, receipt, advance } = await setup();
    advance(3600);
    await transitionCase(context)(officer, reference, { to: 'acknowledged', publicNote: 'รับเรื่องไว้พิจารณาแล้ว', internalNote: 'มอบหมายกลุ่มงานวินัย' });
    await messageReporter(context)(officer, reference, 'ขอให้ท่านส่งภาพถ่ายเพิ่มเติม');
    const view = await trackComplaint(context)({ reference, secret: receipt.secret });
    expect(view.status).toBe('acknowledged');
    expect(view.timeline.map((step) => [step.status, step.note])).toEqual([
      ['received', undefined],
      ['acknowledged', 'รับเรื่องไว้พิจารณาแล้ว'],
    ]);
    expect(JSON.stringify(view)).not.toContain('มอบหมายกลุ่มงานวินัย');
    expect(JSON.stringify(view)).not.toContain('officer-1');
    expect(view.messages).toEqual([{ at: expect.any(String), from: 'officer', body: 'ขอให้ท่านส่งภาพถ่ายเพิ่มเติม' }]);
    // Acknowledged on 27 Nov (Bangkok): the next update is due by the end of 12 Dec, Bangkok time.
    expect(view.nextUpdateBy).toBe('2026-12-12T16:59:59.999Z');
  });

  it('answers an impossible transition with a conflict and changes nothing', async () => {
    const { context, reference, audit } = await setup();
    await expect(transitionCase(context)(officer, reference, { to: 'closed', outcome: 'substantiated' })).rejects.toBeInstanceOf(ConflictError);
    expect((await getCase(context)(officer, reference)).status).toBe('received');
    expect(audit.entries.filter((entry) => entry.action === 'case.transition')).toHaveLength(0);
  });

  it('closes with an outcome the reporter can read, and then expects no further updates', async () => {
    const { context, reference, receipt } = await setup();
    const transition = transitionCase(context);
    await transition(officer, reference, { to: 'acknowledged' });
    await transition(officer, reference, { to: 'investigating' });
    const closed = await transition(officer, reference, { to: 'closed', outcome: 'insufficient-evidence', publicNote: 'พยานหลักฐานไม่เพียงพอ' });
    expect(closed.nextUpdateBy).toBeUndefined();
    const view = await trackComplaint(context)({ reference, secret: receipt.secret });
    expect(view).toMatchObject({ status: 'closed', outcome: 'insufficient-evidence' });
    expect(view.nextUpdateBy).toBeUndefined();
  });

  it('audits every read and action with who, role, action, reference and time', async () => {
    const { context, reference, audit } = await setup(identifiedComplaint());
    await listCases(context)(officer, {});
    await getCase(context)(officer, reference);
    await transitionCase(context)(officer, reference, { to: 'acknowledged' });
    await messageReporter(context)(officer, reference, 'ข้อความ');
    await revealIdentity(context)(custodian, reference, 'ต้องติดต่อผู้ร้องเพื่อขอพยานหลักฐานเพิ่มเติมตามระเบียบ');
    await caseAudit(context)(custodian, reference);
    expect(audit.entries.map((entry) => [entry.action, entry.actor, entry.role])).toEqual([
      ['queue.list', 'officer-1', 'officer'],
      ['case.read', 'officer-1', 'officer'],
      ['case.transition', 'officer-1', 'officer'],
      ['case.message', 'officer-1', 'officer'],
      ['identity.reveal', 'custodian-1', 'custodian'],
      ['audit.read', 'custodian-1', 'custodian'],
    ]);
    expect(audit.entries.find((entry) => entry.action === 'identity.reveal')?.reason).toContain('พยานหลักฐาน');
    for (const entry of audit.entries.slice(1)) expect(entry).toMatchObject({ reference, agency: 'bma-health', at: expect.any(String) });
  });

  it('reveals identity to a custodian only, through the vault, and refuses anonymous cases', async () => {
    const identified = await setup(identifiedComplaint('นายผู้แจ้ง ลับ'));
    const reveal = revealIdentity(identified.context);
    const reason = 'ต้องติดต่อผู้ร้องเพื่อขอพยานหลักฐานเพิ่มเติมตามระเบียบ';
    await expect(reveal(officer, identified.reference, reason)).rejects.toBeInstanceOf(ForbiddenError);
    expect(identified.vaultCalls.open).toBe(0);
    expect((await reveal(custodian, identified.reference, reason)).identity.name).toBe('นายผู้แจ้ง ลับ');
    expect(identified.vaultCalls.open).toBe(1);

    const anonymous = await setup();
    await expect(revealIdentity(anonymous.context)(custodian, anonymous.reference, reason)).rejects.toBeInstanceOf(ConflictError);
  });

  it('never shows identity to an officer reading the case', async () => {
    const { context, reference } = await setup(identifiedComplaint('นายผู้แจ้ง ลับ'));
    const view = await getCase(context)(officer, reference);
    expect(JSON.stringify(view)).not.toContain('ผู้แจ้ง ลับ');
    expect(JSON.stringify(view)).not.toContain('081-234-5678');
    expect(view.reporterMode).toBe('identified');
  });

  it('keeps agencies apart: another agency\'s case is not found and not listed', async () => {
    const { context, reference } = await setup();
    await expect(getCase(context)(otherAgencyOfficer, reference)).rejects.toBeInstanceOf(NotFoundError);
    await expect(transitionCase(context)(otherAgencyOfficer, reference, { to: 'acknowledged' })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listCases(context)(otherAgencyOfficer, {})).items).toEqual([]);
    expect((await listCases(context)(officer, {})).items.map((item) => item.reference)).toEqual([reference]);
  });

  it('refuses roles that do not fit', async () => {
    const { context, reference } = await setup();
    await expect(getCase(context)(executive, reference)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(transitionCase(context)(custodian, reference, { to: 'acknowledged' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(caseAudit(context)(officer, reference)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('filters the queue by status, category and overdue, newest first', async () => {
    const memory = memoryContext();
    const file = fileComplaint(memory.context);
    const first = await file(anonymousComplaint({ category: 'bribery' }));
    memory.advance(60);
    const second = await file(anonymousComplaint({ category: 'procurement' }));
    await transitionCase(memory.context)(officer, second.reference, { to: 'acknowledged' });
    const list = listCases(memory.context);
    expect((await list(officer, {})).items.map((item) => item.reference)).toEqual([second.reference, first.reference]);
    expect((await list(officer, { status: 'received' })).items.map((item) => item.reference)).toEqual([first.reference]);
    expect((await list(officer, { category: 'procurement' })).items.map((item) => item.reference)).toEqual([second.reference]);
    expect((await list(officer, { overdue: true })).items).toEqual([]);
    memory.advance(16 * 24 * 3600);
    const overdue = (await list(officer, { overdue: true })).items;
    expect(overdue.map((item) => [item.reference, item.overdue.acknowledgement, item.overdue.progress])).toEqual([
      [second.reference, false, true],
      [first.reference, true, false],
    ]);
  });
});
