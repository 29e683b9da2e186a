// The visibility rule, conflicts of interest and assignment as use cases on memory adapters: who may
// see a case, that a declaration hides it at once, and who may be given it.
import { describe, expect, it } from 'vitest';
import { canSeeCase } from '../../shared/domain/case-visibility';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../shared/domain/errors';
import type { StaffPrincipal } from '../../shared/domain/staff';
import { assignCase, caseAudit, declareConflict, getCase, listCases } from '../../shared/domain/use-cases/case-handling';
import { executiveReport } from '../../shared/domain/use-cases/executive-report';
import { exportCase } from '../../shared/domain/use-cases/custody';
import { fileDownload } from '../../shared/domain/use-cases/evidence-files';
import { fileComplaint } from '../../shared/domain/use-cases/file-complaint';
import { anonymousComplaint, memoryContext } from '../support/memory-context';

const AGENCY = 'bma-health';
const UNIT = 'health-centre-1';
const principal = (id: string, roles: StaffPrincipal['roles'], unit?: string, agency = AGENCY): StaffPrincipal => ({ id, roles, agency, ...(unit ? { unit } : {}) });
const REASON = 'ผู้ถูกร้องเรียนเป็นญาติใกล้ชิดของข้าพเจ้า จึงไม่ควรรับผิดชอบเรื่องนี้';

describe('the visibility rule', () => {
  const facts = { agency: AGENCY, unit: UNIT };
  it.each([
    ['a member of the agency', principal('a', ['officer']), facts, true],
    ['a member of another unit', principal('a', ['officer'], 'district-office'), facts, true],
    ['a member of the unit concerned', principal('a', ['officer', 'custodian'], UNIT), facts, false],
    ['another agency', principal('a', ['officer'], undefined, 'bma-medical'), facts, false],
    ['a declarer', principal('a', ['custodian']), { ...facts, conflicts: ['b', 'a'] }, false],
    ['an officer, on a case about the handlers', principal('a', ['officer', 'supervisor']), { agency: AGENCY, concernsHandlers: true }, false],
    ['a custodian, on a case about the handlers', principal('a', ['custodian']), { agency: AGENCY, concernsHandlers: true }, true],
  ] as const)('%s: %s', (_name, viewer, caseFacts, expected) => {
    expect(canSeeCase(viewer, caseFacts)).toBe(expected);
  });
});

async function setup(overrides: Parameters<typeof anonymousComplaint>[0] = {}) {
  const memory = memoryContext();
  const receipt = await fileComplaint(memory.context)(anonymousComplaint({ unit: UNIT, ...overrides }));
  return { ...memory, reference: receipt.reference };
}

describe('conflicts of interest', () => {
  it('hides the case from the declarer at once, everywhere, and shows the declaration to custodians only', async () => {
    const { context, reference, audit } = await setup();
    const officer = principal('officer-1', ['officer']);
    expect((await listCases(context)(officer, {})).items.map((item) => item.reference)).toEqual([reference]);
    await declareConflict(context)(officer, reference, REASON);
    expect(audit.entries.at(-1)).toMatchObject({ action: 'case.conflict', actor: 'officer-1', reference, reason: REASON });
    await expect(getCase(context)(officer, reference)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listCases(context)(officer, {})).items).toEqual([]);
    await expect(declareConflict(context)(officer, reference, REASON)).rejects.toBeInstanceOf(NotFoundError);
    expect(audit.entries.filter((entry) => entry.action === 'case.conflict')).toHaveLength(1);
    const custodianView = await getCase(context)(principal('keeper', ['custodian']), reference);
    expect(custodianView.conflicts).toEqual([{ staff: 'officer-1', at: expect.any(String), reason: REASON }]);
    expect((await getCase(context)(principal('other', ['officer']), reference)).conflicts).toBeUndefined();
  });

  it('is refused to roles that do not handle cases', async () => {
    const { context, reference } = await setup();
    await expect(declareConflict(context)(principal('exec', ['executive']), reference, REASON)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('every staff read of a hidden case', () => {
  it('is not found for a member of the unit concerned: case, audit, download, export', async () => {
    const { context, reference } = await setup();
    const insider = principal('insider', ['officer', 'custodian', 'admin'], UNIT);
    await expect(getCase(context)(insider, reference)).rejects.toBeInstanceOf(NotFoundError);
    await expect(caseAudit(context)(insider, reference)).rejects.toBeInstanceOf(NotFoundError);
    await expect(fileDownload(context)(insider, reference, 'a'.repeat(32))).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportCase(context)(insider, reference, { reason: REASON, includeIdentity: false })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listCases(context)(insider, {})).items).toEqual([]);
  });

  it('leaves the executive report\'s overdue lines and count without the cases hidden from the executive', async () => {
    const { context, reference, advance } = await setup();
    advance(60 * 86_400);
    const outside = await executiveReport(context)(principal('exec', ['executive']), '2570-Q1');
    expect(outside.overdue.listed.map((line) => line.reference)).toEqual([reference]);
    const inside = await executiveReport(context)(principal('exec-2', ['executive'], UNIT), '2570-Q1');
    expect(inside.overdue).toEqual({ total: 0, listed: [] });
  });
});

describe('assignment', () => {
  async function withStaff() {
    const memory = await setup();
    const make = (email: string, roles: StaffPrincipal['roles'], unit?: string, agency = AGENCY) =>
      memory.staffDirectory.create({ email, name: email, agency, roles, ...(unit ? { unit } : {}) });
    return {
      ...memory,
      somchai: await make('somchai@example.org', ['officer'], 'district-office'),
      malee: await make('malee@example.org', ['officer']),
      insider: await make('insider@example.org', ['officer'], UNIT),
      executive: await make('exec@example.org', ['executive']),
      foreigner: await make('far@example.org', ['officer'], undefined, 'bma-medical'),
    };
  }
  const supervisor = principal('sup-1', ['supervisor']);

  it('gives the case to one member, filters the queue by assignee, and a retry adds nothing', async () => {
    const { context, reference, somchai, audit } = await withStaff();
    await assignCase(context)(supervisor, reference, { assignee: somchai.id });
    await assignCase(context)(supervisor, reference, { assignee: somchai.id });
    expect(audit.entries.filter((entry) => entry.action === 'case.assign').map((entry) => entry.detail)).toEqual([`unassigned→${somchai.id}`]);
    const asSomchai = principal(somchai.id, ['officer'], 'district-office');
    expect((await listCases(context)(asSomchai, { assignee: 'me' })).items.map((item) => item.assignee)).toEqual([somchai.id]);
    expect((await listCases(context)(asSomchai, { assignee: 'unassigned' })).items).toEqual([]);
    expect((await getCase(context)(asSomchai, reference)).assignment).toEqual({ assignee: somchai.id, since: expect.any(String) });
  });

  it('needs a reason to reassign, and keeps it in the audit entry', async () => {
    const { context, reference, somchai, malee, audit } = await withStaff();
    await assignCase(context)(supervisor, reference, { assignee: somchai.id });
    await expect(assignCase(context)(supervisor, reference, { assignee: malee.id })).rejects.toBeInstanceOf(ValidationError);
    await assignCase(context)(principal('keeper', ['custodian']), reference, { assignee: malee.id, reason: 'สมชายลาป่วยยาว' });
    expect(audit.entries.at(-1)).toMatchObject({ action: 'case.assign', role: 'custodian', reason: 'สมชายลาป่วยยาว', detail: `${somchai.id}→${malee.id}` });
  });

  it('refuses an unknown member (400), one of another agency (400), of the unit concerned, a declarer, or one who handles no cases (409)', async () => {
    const { context, reference, insider, executive, foreigner, malee } = await withStaff();
    const assign = assignCase(context);
    await expect(assign(supervisor, reference, { assignee: 'nobody' })).rejects.toMatchObject({ fields: { 'body.assignee': expect.any(String) } });
    await expect(assign(supervisor, reference, { assignee: foreigner.id })).rejects.toBeInstanceOf(ValidationError);
    await expect(assign(supervisor, reference, { assignee: insider.id })).rejects.toBeInstanceOf(ConflictError);
    await expect(assign(supervisor, reference, { assignee: executive.id })).rejects.toBeInstanceOf(ConflictError);
    await declareConflict(context)(principal(malee.id, ['officer']), reference, REASON);
    await expect(assign(supervisor, reference, { assignee: malee.id })).rejects.toBeInstanceOf(ConflictError);
  });

  it('is for supervisors and custodians only', async () => {
    const { context, reference, somchai } = await withStaff();
    await expect(assignCase(context)(principal('o', ['officer']), reference, { assignee: somchai.id })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('a complaint about the handlers', () => {
  it('is stored with its flag and seen by custodians only', async () => {
    const { context, reference } = await setup({ unit: undefined, concernsHandlers: true });
    await expect(getCase(context)(principal('o', ['officer', 'supervisor']), reference)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listCases(context)(principal('o', ['officer']), {})).items).toEqual([]);
    expect(await getCase(context)(principal('c', ['custodian']), reference)).toMatchObject({ reference, concernsHandlers: true });
  });
});
