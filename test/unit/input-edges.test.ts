// Input at its edges: bodies nested to break a recursive walk, and identities built to outgrow the
// key that seals them.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as fileComplaintRoute from '../../functions/complaints/file-complaint';
import { keyringIdentityVault, KMS_PLAINTEXT_LIMIT } from '../../shared/adapters/local/keyring-identity-vault';
import { newComplaintSchema, TEXT_BOUNDS } from '../../shared/domain/complaint';
import { fileComplaint } from '../../shared/domain/use-cases/file-complaint';
import { MAX_JSON_DEPTH } from '../../shared/http/handler';
import { bodyOf, httpEvent, lambdaContext } from '../support/events';
import { anonymousComplaint, memoryContext } from '../support/memory-context';

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('JSON nesting', () => {
  const handle = fileComplaintRoute.makeHandler(memoryContext().context);

  it('answers 400, not a stack overflow, for 30,000 nested arrays (60 KB, under the body limit)', async () => {
    const result = await handle(httpEvent('post-complaint', { rawBody: nested(30_000) }), lambdaContext);
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).error.message).toBe(`The body nests more than ${MAX_JSON_DEPTH} levels deep`);
  });

  it('lets the schema judge a body nested exactly 400 deep, and refuses 401', async () => {
    const atLimit = await handle(httpEvent('post-complaint', { rawBody: nested(MAX_JSON_DEPTH) }), lambdaContext);
    expect(atLimit.statusCode).toBe(400);
    expect(bodyOf(atLimit).error.message).toBe('Some fields are missing or not valid');
    const over = await handle(httpEvent('post-complaint', { rawBody: nested(MAX_JSON_DEPTH + 1) }), lambdaContext);
    expect(bodyOf(over).error.message).toBe(`The body nests more than ${MAX_JSON_DEPTH} levels deep`);
  });

  it('does not count brackets inside strings', async () => {
    const description = `${'['.repeat(1_000)} วงเล็บในข้อความ \\" ${'{'.repeat(1_000)}`;
    const result = await handle(httpEvent('post-complaint', { body: anonymousComplaint({ description }) }), lambdaContext);
    expect(result.statusCode).toBe(201);
  });
});

describe('identity fields', () => {
  const identified = (reporter: Record<string, string>) => anonymousComplaint({ reporter: { mode: 'identified', name: 'สมหญิง ใจดี', ...reporter } as never });

  it.each([
    ['a NUL', 'สมหญิง\u0000ใจดี'],
    ['an escape', 'สมหญิง\u001bใจดี'],
    ['a C1 control', 'สมหญิง\u0085ใจดี'],
    ['a lone high surrogate', 'สมหญิง\ud800ใจดี'],
    ['a lone low surrogate', 'สมหญิง\udc00ใจดี'],
  ])('refuses %s in the name and the address', (_label, text) => {
    expect(newComplaintSchema.safeParse(identified({ name: text })).success).toBe(false);
    expect(newComplaintSchema.safeParse(identified({ address: text })).success).toBe(false);
  });

  it('keeps line breaks in an address and four-byte characters anywhere', () => {
    expect(newComplaintSchema.safeParse(identified({ name: '𠮷田 花子', address: '123 ถนนมิตรไมตรี\nแขวงดินแดง\r\nกรุงเทพฯ' })).success).toBe(true);
  });

  it('seals the largest identity it accepts with the keyring, in less than KMS\'s 4,096 bytes', async () => {
    const longestEmail = `${'a'.repeat(64)}@${Array.from({ length: 3 }, () => 'b'.repeat(61)).join('.')}.th`;
    expect(longestEmail.length).toBeLessThanOrEqual(254);
    // Each candidate fills every field to its bound with what costs JSON the most bytes.
    const fillers = ['𠮷', '😀', '"', '\\', '\u0001', '\ud800', '\u2028', '\n'];
    const candidates = fillers.map((filler) => ({
      name: filler.repeat(TEXT_BOUNDS.name),
      address: filler.repeat(TEXT_BOUNDS.address),
      phone: `+${'9'.repeat(21)}`,
      email: longestEmail,
      nationalId: '1101700230708',
    }));
    const vault = keyringIdentityVault(new Uint8Array(randomBytes(32)));
    const accepted: string[] = [];
    for (const [index, candidate] of candidates.entries()) {
      const parsed = newComplaintSchema.safeParse(anonymousComplaint({ reporter: { mode: 'identified', ...candidate } }));
      if (!parsed.success) continue;
      accepted.push(fillers[index]!);
      const { mode: _mode, ...identity } = parsed.data.reporter as typeof parsed.data.reporter & { mode: 'identified' };
      expect(Buffer.byteLength(JSON.stringify(identity), 'utf8')).toBeLessThan(KMS_PLAINTEXT_LIMIT);
      await expect(vault.seal(identity, { agency: 'bma-health', reference: 'AAAAA-AAAAA', purpose: 'reporter-identity' })).resolves.toBeInstanceOf(Uint8Array);
    }
    // Four-byte characters, quotes and backslashes are fine to send; controls, broken characters and
    // text of nothing but separators are not.
    expect(accepted).toEqual(['𠮷', '😀', '"', '\\']);
  });

  it('files the largest four-byte identity end to end through the use case', async () => {
    const { context } = memoryContext();
    const receipt = await fileComplaint(context)(
      anonymousComplaint({ reporter: { mode: 'identified', name: '𠮷'.repeat(TEXT_BOUNDS.name), address: '𠮷'.repeat(TEXT_BOUNDS.address) } }),
    );
    expect(receipt.reference).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  });
});
