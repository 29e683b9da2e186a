// The agency-wide audit view's rules, on memory adapters: who may read it, what it filters, how its
// pages follow one another, and that each read is itself on the record.
import { describe, expect, it } from 'vitest';
import { auditEntry } from '../../shared/domain/audit';
import { ForbiddenError, ValidationError } from '../../shared/domain/errors';
import type { AuditAction } from '../../shared/domain/ports';
import type { StaffPrincipal } from '../../shared/domain/staff';
import { agencyAudit, auditFilters } from '../../shared/domain/use-cases/audit-view';
import { memoryContext } from '../support/memory-context';

const custodian: StaffPrincipal = { id: 'custodian-1', roles: ['custodian'], agency: 'bma-health' };
const admin: StaffPrincipal = { id: 'admin-1', roles: ['admin'], agency: 'bma-health' };
const officer: StaffPrincipal = { id: 'officer-1', roles: ['officer'], agency: 'bma-health' };
const executive: StaffPrincipal = { id: 'exec-1', roles: ['executive'], agency: 'bma-health' };
const otherCustodian: StaffPrincipal = { id: 'custodian-9', roles: ['custodian'], agency: 'bma-medical' };

/** An agency's log written entry by entry, one minute apart, from 2026-11-27 09:00 Bangkok time. */
async function world() {
  const memory = memoryContext(new Date('2026-11-27T02:00:00.000Z'));
  const write = async (principal: StaffPrincipal, action: AuditAction, about: { reference?: string } = {}) => {
    memory.advance(60);
    await memory.audit.append(auditEntry(memory.context, principal, principal.roles[0]!, action, about));
  };
  return { ...memory, write, read: agencyAudit(memory.context) };
}

describe('the agency-wide audit view', () => {
  it('is for custodians and administrators only', async () => {
    const { read } = await world();
    await expect(read(officer, {})).rejects.toThrow(ForbiddenError);
    await expect(read(executive, {})).rejects.toThrow(ForbiddenError);
    await expect(read(custodian, {})).resolves.toMatchObject({ agency: 'bma-health' });
    await expect(read(admin, {})).resolves.toMatchObject({ agency: 'bma-health' });
  });

  it("shows only the reader's agency, newest first, even when the reference filter names another agency's case", async () => {
    const { read, write, advance } = await world();
    await write(officer, 'case.read', { reference: 'AAAAA-BBBBB' });
    await write(otherCustodian, 'case.read', { reference: 'CCCCC-DDDDD' });
    await write(officer, 'case.transition', { reference: 'AAAAA-BBBBB' });
    // A minute later, so the read's own entry is the newest by its time, not by a tie.
    advance(60);
    const page = await read(custodian, {});
    // The read's own entry comes first: it was written before the page was read.
    expect(page.entries.map((entry) => entry.action)).toEqual(['audit.read', 'case.transition', 'case.read']);
    expect(page.entries.every((entry) => entry.agency === 'bma-health')).toBe(true);
    expect((await read(custodian, { reference: 'CCCCC-DDDDD' })).entries).toEqual([]);
    expect((await read(otherCustodian, {})).entries.map((entry) => entry.actor)).toEqual(['custodian-9', 'custodian-9']);
  });

  it('filters by actor, action, reference (in any spelling) and Bangkok calendar days', async () => {
    const { read, write, advance } = await world();
    await write(officer, 'case.read', { reference: 'AAAAA-BBBBB' });
    await write(custodian, 'identity.reveal', { reference: 'AAAAA-BBBBB' });
    // 2026-11-27 09:02 Bangkok; the next entries are written on the 28th (Bangkok), after 17:00 UTC on the 27th.
    advance(15 * 3600);
    await write(officer, 'case.read', { reference: 'EEEEE-FFFFF' });
    expect((await read(custodian, { actor: 'officer-1' })).entries.map((entry) => entry.reference)).toEqual(['EEEEE-FFFFF', 'AAAAA-BBBBB']);
    expect((await read(admin, { action: 'identity.reveal' })).entries.map((entry) => entry.actor)).toEqual(['custodian-1']);
    expect((await read(admin, { reference: 'aaaaabbbbb' })).entries.map((entry) => entry.action)).toEqual(['identity.reveal', 'case.read']);
    const onThe27th = await read(admin, { from: '2026-11-27', to: '2026-11-27', action: 'case.read' });
    expect(onThe27th.entries.map((entry) => entry.reference)).toEqual(['AAAAA-BBBBB']);
    const fromThe28th = await read(admin, { from: '2026-11-28', action: 'case.read' });
    expect(fromThe28th.entries.map((entry) => entry.reference)).toEqual(['EEEEE-FFFFF']);
  });

  it('turns pages without skipping or repeating an entry, and refuses a cursor given to another agency', async () => {
    const { read, write } = await world();
    for (let index = 0; index < 23; index += 1) await write(officer, 'case.read', { reference: 'AAAAA-BBBBB' });
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await read(custodian, { action: 'case.read', limit: 5, ...(cursor ? { cursor } : {}) });
      expect(page.entries.length).toBeLessThanOrEqual(5);
      seen.push(...page.entries.map((entry) => entry.id));
      cursor = page.cursor;
      pages += 1;
      if (cursor) await expect(read(otherCustodian, { action: 'case.read', cursor })).rejects.toThrow(ValidationError);
    } while (cursor);
    expect(pages).toBe(5);
    expect(seen).toHaveLength(23);
    expect(new Set(seen).size).toBe(23);
  });

  it('records every read, with its filters, as the next link of the chain', async () => {
    const { read, audit } = await world();
    await read(custodian, { action: 'identity.reveal', from: '2026-11-01', to: '2026-11-30' });
    const entry = audit.entries.at(-1)!;
    expect(entry).toMatchObject({ actor: 'custodian-1', role: 'custodian', action: 'audit.read', agency: 'bma-health' });
    expect(JSON.parse(entry.detail!)).toEqual({ view: 'agency', action: 'identity.reveal', from: '2026-11-01', to: '2026-11-30', page: 'first' });
    expect(audit.chained.at(-1)!.seq).toBe(audit.entries.filter((candidate) => candidate.agency === 'bma-health').length);
  });

  it('refuses bad filters, naming each', () => {
    const fieldsOf = (query: Parameters<typeof auditFilters>[0]) => {
      try {
        auditFilters(query);
      } catch (error) {
        return (error as ValidationError).fields;
      }
      return undefined;
    };
    expect(fieldsOf({ from: '2026-12-02', to: '2026-12-01' })).toEqual({ from: 'must be on or before to' });
    expect(fieldsOf({ from: '2026-02-30' })).toHaveProperty('from');
    expect(fieldsOf({ to: '2026-13-01' })).toHaveProperty('to');
    expect(fieldsOf({ reference: 'not-a-reference' })).toHaveProperty('reference');
    expect(fieldsOf({ limit: 0 })).toHaveProperty('limit');
    expect(fieldsOf({ limit: 101 })).toHaveProperty('limit');
    expect(auditFilters({ from: '2026-11-28', to: '2026-11-28' })).toEqual({ fromIso: '2026-11-27T17:00:00.000Z', toIso: '2026-11-28T17:00:00.000Z' });
  });
});
