import { describe, expect, it } from 'vitest';
import { DependencyUnavailableError, IdempotencyMismatchError, UnauthorizedError, ConflictError } from '../../shared/domain/errors';
import { fileComplaint } from '../../shared/domain/use-cases/file-complaint';
import { trackComplaint } from '../../shared/domain/use-cases/track-complaint';
import { anonymousComplaint, identifiedComplaint, memoryContext } from '../support/memory-context';

describe('filing a complaint', () => {
  it('stores an anonymous complaint without any identity and without calling the vault', async () => {
    const { context, complaints, vaultCalls } = memoryContext();
    const receipt = await fileComplaint(context)(anonymousComplaint());
    expect(receipt.status).toBe('received');
    expect(receipt.acknowledgeBy).toBe('2026-12-12T16:59:59.999Z');
    const stored = complaints.cases.get(receipt.reference)!.complaint!;
    expect(stored.reporterMode).toBe('anonymous');
    expect(stored.sealedIdentity).toBeUndefined();
    expect(vaultCalls).toEqual({ seal: 0, open: 0 });
  });

  it('seals an identified reporter once, bound to agency and reference, and stores no plaintext', async () => {
    const { context, complaints, vaultCalls } = memoryContext();
    const receipt = await fileComplaint(context)(identifiedComplaint('นางสาวทดสอบ ลับเฉพาะ'));
    expect(vaultCalls.seal).toBe(1);
    const stored = complaints.cases.get(receipt.reference)!.complaint!;
    expect(JSON.stringify(stored)).not.toContain('ลับเฉพาะ');
    expect(JSON.stringify(stored)).not.toContain('081-234-5678');
    const contextOf = (reference: string) => ({ agency: 'bma-health', reference, purpose: 'reporter-identity' as const });
    const opened = await context.vault.open(stored.sealedIdentity!, contextOf(receipt.reference));
    expect(opened.name).toBe('นางสาวทดสอบ ลับเฉพาะ');
    await expect(context.vault.open(stored.sealedIdentity!, contextOf('AAAAA-AAAAA'))).rejects.toThrow();
  });

  it('stores nothing when sealing fails', async () => {
    const { context, complaints } = memoryContext();
    const failing = { ...context, vault: { ...context.vault, seal: async () => { throw new DependencyUnavailableError('KMS'); } } };
    await expect(fileComplaint(failing)(identifiedComplaint())).rejects.toBeInstanceOf(DependencyUnavailableError);
    expect(complaints.cases.size).toBe(0);
  });

  it('refuses an agency the registry does not hold, or holds retired, naming body.agency', async () => {
    const { context, agencies } = memoryContext();
    await expect(fileComplaint(context)(anonymousComplaint({ agency: 'no-such-agency' }))).rejects.toMatchObject({ fields: { 'body.agency': expect.any(String) } });
    await agencies.update('bma-medical', { status: 'retired' });
    await expect(fileComplaint(context)(anonymousComplaint({ agency: 'bma-medical' }))).rejects.toMatchObject({ fields: { 'body.agency': expect.any(String) } });
  });

  it('keeps the unit concerned on the complaint, and refuses one the agency does not have, naming body.unit', async () => {
    const { context, complaints } = memoryContext();
    const receipt = await fileComplaint(context)(anonymousComplaint({ unit: 'health-centre-3' }));
    expect(complaints.cases.get(receipt.reference)?.complaint?.unit).toBe('health-centre-3');
    await expect(fileComplaint(context)(anonymousComplaint({ agency: 'bma-medical', unit: 'health-centre-3' }))).rejects.toMatchObject({ fields: { 'body.unit': expect.any(String) } });
  });

  it('files under another served agency when asked', async () => {
    const { context, complaints } = memoryContext();
    const receipt = await fileComplaint(context)(anonymousComplaint({ agency: 'bma-medical' }));
    expect(complaints.cases.get(receipt.reference)!.complaint!.agency).toBe('bma-medical');
  });

  describe('with an Idempotency-Key', () => {
    const key = 'retry-key-0001';

    it('stores one complaint, returns the same reference, and only the newest secret tracks', async () => {
      const { context, complaints } = memoryContext();
      const file = fileComplaint(context);
      const first = await file(identifiedComplaint(), key);
      const second = await file(identifiedComplaint(), key);
      expect(second.reference).toBe(first.reference);
      expect(second.receivedAt).toBe(first.receivedAt);
      expect(complaints.cases.size).toBe(1);
      const track = trackComplaint(context);
      await expect(track({ reference: first.reference, secret: second.secret })).resolves.toMatchObject({ status: 'received' });
      await expect(track({ reference: first.reference, secret: first.secret })).rejects.toBeInstanceOf(UnauthorizedError);
    });

    it('answers a different body with a mismatch and changes nothing', async () => {
      const { context, complaints } = memoryContext();
      const file = fileComplaint(context);
      const first = await file(anonymousComplaint(), key);
      await expect(file(anonymousComplaint({ subject: 'เรื่องอื่น' }), key)).rejects.toBeInstanceOf(IdempotencyMismatchError);
      expect(complaints.cases.size).toBe(1);
      await expect(trackComplaint(context)({ reference: first.reference, secret: first.secret })).resolves.toBeDefined();
    });

    it('stops re-issuing receipts once the idempotency window has passed', async () => {
      const { context, advance } = memoryContext();
      const file = fileComplaint(context);
      await file(anonymousComplaint(), key);
      advance(24 * 60 * 60 + 1);
      await expect(file(anonymousComplaint(), key)).rejects.toBeInstanceOf(ConflictError);
    });
  });
});
