// The audit log's hash chain with memory adapters: every way an insider can change history that the
// table allows (alter, alter and re-hash, delete, cut the tail) is named at the right place.
import { describe, expect, it } from 'vitest';
import { auditEntry } from '../../shared/domain/audit';
import { entryHash, verifyChain } from '../../shared/domain/audit-chain';
import type { StaffPrincipal } from '../../shared/domain/staff';
import { verifyAuditLog } from '../../shared/domain/use-cases/audit-verification';
import { ForbiddenError } from '../../shared/domain/errors';
import { memoryContext } from '../support/memory-context';

const officer: StaffPrincipal = { id: 'officer-1', roles: ['officer'], agency: 'bma-health' };
const admin: StaffPrincipal = { id: 'admin-1', roles: ['admin'], agency: 'bma-health' };

async function chainOf(count: number) {
  const memory = memoryContext();
  for (let index = 0; index < count; index += 1) {
    await memory.context.audit.append(auditEntry(memory.context, officer, 'officer', 'case.read', { reference: `REF${index}` }));
    memory.advance(1);
  }
  return memory;
}

describe('the audit hash chain', () => {
  it('is intact as written, per agency, and verified by administrators only, who are audited too', async () => {
    const { context, audit } = await chainOf(6);
    await context.audit.append(auditEntry(context, { ...officer, agency: 'bma-medical' }, 'officer', 'case.read', { reference: 'OTHER' }));
    expect(await verifyAuditLog(context)(admin)).toMatchObject({ intact: true, checked: 6, head: { seq: 6 } });
    await expect(verifyAuditLog(context)(officer)).rejects.toBeInstanceOf(ForbiddenError);
    expect(audit.entries.at(-1)).toMatchObject({ action: 'audit.verify', actor: 'admin-1' });
    expect(audit.chained.at(-1)).toMatchObject({ seq: 7, prevHash: audit.chained[5]!.hash });
  });

  it('names an altered entry', async () => {
    const { audit } = await chainOf(6);
    audit.chained[3]!.reason = 'added later';
    expect(verifyChain('bma-health', audit.heads.get('bma-health'), audit.chained as never)).toMatchObject({ intact: false, checked: 3, firstBreak: { seq: 4, problem: 'altered' } });
  });

  it('names an entry altered and re-hashed by the link after it', async () => {
    const { audit } = await chainOf(6);
    const forged = { ...audit.chained[3]!, actor: 'someone-else' };
    audit.chained[3] = { ...forged, hash: entryHash(forged) };
    expect(verifyChain('bma-health', audit.heads.get('bma-health'), audit.chained as never)).toMatchObject({ intact: false, firstBreak: { seq: 5, problem: 'link-broken' } });
  });

  it('names a deleted entry, and a cut tail', async () => {
    const { audit } = await chainOf(6);
    const head = audit.heads.get('bma-health');
    expect(verifyChain('bma-health', head, audit.chained.filter((entry) => entry.seq !== 2) as never)).toMatchObject({ checked: 1, firstBreak: { seq: 2, problem: 'missing' } });
    expect(verifyChain('bma-health', head, audit.chained.slice(0, 4) as never)).toMatchObject({ checked: 4, firstBreak: { seq: 5, problem: 'missing' } });
  });

  it('counts an attribute added to an entry as an alteration', async () => {
    const { audit } = await chainOf(3);
    Object.assign(audit.chained[0]!, { note: 'hidden' });
    expect(verifyChain('bma-health', audit.heads.get('bma-health'), audit.chained as never).firstBreak).toMatchObject({ seq: 1, problem: 'altered' });
  });
});
