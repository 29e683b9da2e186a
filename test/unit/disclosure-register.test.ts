// The disclosure register's rules without a network: what an entry may hold, when it is overdue (a
// Bangkok day, on a fake clock), who may keep it, that every write is audited, and that a PDF reaches
// the public only as its cleaned copy.
import { describe, expect, it } from 'vitest';
import { disclosureChangeSchema, disclosureObjects, disclosureSchema, isOverdue, type DisclosureInput } from '../../shared/domain/disclosure-register';
import { ForbiddenError, IdempotencyMismatchError, NotFoundError } from '../../shared/domain/errors';
import type { StaffPrincipal } from '../../shared/domain/staff';
import { disclosureRegister } from '../../shared/domain/use-cases/disclosure-register';
import { processUpload } from '../../shared/domain/use-cases/process-upload';
import { HOSTILE_MARKERS, MARKERS, pdfWithJavaScript, pdfWithProperties } from '../support/evidence-fixtures';
import { memoryContext } from '../support/memory-context';

const admin: StaffPrincipal = { id: 'admin-1', roles: ['admin'], agency: 'bma-health' };
const otherAdmin: StaffPrincipal = { id: 'admin-2', roles: ['admin'], agency: 'bma-medical' };
const officer: StaffPrincipal = { id: 'officer-1', roles: ['officer', 'supervisor', 'custodian', 'executive'], agency: 'bma-health' };

const entry = (overrides: Partial<DisclosureInput> = {}): DisclosureInput => ({
  title: 'แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๗๐',
  category: 'procurement',
  publishedOn: '2026-10-15',
  nextUpdateDue: '2026-11-30',
  link: 'https://www.example.go.th/procurement/2570.pdf',
  ...overrides,
});

const fieldsOf = (input: unknown) => {
  const parsed = disclosureSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'));
};

describe('what an entry may hold', () => {
  it('takes an https link or a PDF by its size, one of the two', () => {
    expect(fieldsOf(entry())).toEqual([]);
    const { link: _link, ...withoutLink } = entry();
    expect(fieldsOf({ ...withoutLink, document: { size: 120_000 } })).toEqual([]);
    expect(fieldsOf(withoutLink)).toEqual(['link']);
    expect(fieldsOf({ ...entry(), document: { size: 120_000 } })).toEqual(['link']);
  });

  it('refuses a javascript:, data: or http: link, naming the field', () => {
    for (const link of ['javascript:alert(1)', 'JavaScript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'http://www.example.go.th/plan.pdf', 'ftp://example.go.th/x']) {
      expect(fieldsOf(entry({ link })), link).toContain('link');
    }
  });

  it('bounds the title, knows only the ITA categories, and wants the next update on or after publication', () => {
    expect(fieldsOf(entry({ title: 'ก'.repeat(300) }))).toEqual([]);
    expect(fieldsOf(entry({ title: 'ก'.repeat(301) }))).toEqual(['title']);
    expect(fieldsOf(entry({ title: '   ' }))).toEqual(['title']);
    expect(fieldsOf({ ...entry(), category: 'gossip' })).toEqual(['category']);
    expect(fieldsOf(entry({ nextUpdateDue: '2026-10-14' }))).toEqual(['nextUpdateDue']);
    expect(fieldsOf(entry({ publishedOn: '2026-02-30' }))).toContain('publishedOn');
    expect(fieldsOf({ ...entry(), link: undefined, document: { size: 10 * 1024 * 1024 + 1 } })).toEqual(['document.size']);
  });
});

describe('overdue for update', () => {
  it('is overdue from the Bangkok day after the one its update was due', () => {
    expect(isOverdue({ nextUpdateDue: '2026-11-30' }, '2026-11-30')).toBe(false);
    expect(isOverdue({ nextUpdateDue: '2026-11-30' }, '2026-12-01')).toBe(true);
  });

  it('marks the admin\'s list by the Bangkok day, not the UTC one', async () => {
    // 23:59 in Bangkok on the 30th: due today, not overdue.
    const { context, advance } = memoryContext(new Date('2026-11-30T16:59:00.000Z'));
    const register = disclosureRegister(context);
    await register.create(admin, 'bma-health', entry());
    expect((await register.list(admin, 'bma-health')).map((item) => item.overdue)).toEqual([false]);
    // One minute later it is 1 December in Bangkok (still 30 November in UTC).
    advance(60);
    expect((await register.list(admin, 'bma-health')).map((item) => item.overdue)).toEqual([true]);
  });
});

describe('who keeps the register', () => {
  it('lets only the agency\'s own admins list and write; another agency\'s admin finds nothing', async () => {
    const { context } = memoryContext();
    const register = disclosureRegister(context);
    const { entry: made } = await register.create(admin, 'bma-health', entry());
    await expect(register.list(officer, 'bma-health')).rejects.toBeInstanceOf(ForbiddenError);
    await expect(register.create(officer, 'bma-health', entry())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(register.list(otherAdmin, 'bma-health')).rejects.toBeInstanceOf(NotFoundError);
    await expect(register.create(otherAdmin, 'bma-health', entry())).rejects.toBeInstanceOf(NotFoundError);
    await expect(register.update(otherAdmin, 'bma-health', made.id, entry())).rejects.toBeInstanceOf(NotFoundError);
    await expect(register.remove(otherAdmin, 'bma-health', made.id)).rejects.toBeInstanceOf(NotFoundError);
    // Its own agency's register holds nothing of the other's.
    expect(await register.list(otherAdmin, 'bma-medical')).toEqual([]);
    expect(await register.list(admin, 'bma-health')).toHaveLength(1);
  });

  it('audits every write in the agency\'s chain, and nothing when refused', async () => {
    const { context, audit, advance } = memoryContext();
    const register = disclosureRegister(context);
    const { entry: made } = await register.create(admin, 'bma-health', entry());
    // A minute between writes, so the log's newest-first order is not decided by a tie.
    advance(60);
    await register.update(admin, 'bma-health', made.id, entry({ title: 'แผนการจัดซื้อจัดจ้าง (ปรับปรุง)' }));
    advance(60);
    await register.remove(admin, 'bma-health', made.id);
    await expect(register.remove(otherAdmin, 'bma-health', made.id)).rejects.toBeInstanceOf(NotFoundError);
    const entries = await audit.search('bma-health', {}, { limit: 50, maxRead: 1000 });
    expect(entries.entries.map((item) => [item.action, item.actor]).reverse()).toEqual([
      ['disclosure.create', 'admin-1'],
      ['disclosure.update', 'admin-1'],
      ['disclosure.delete', 'admin-1'],
    ]);
    expect((await audit.search('bma-medical', {}, { limit: 50, maxRead: 1000 })).entries).toEqual([]);
  });

  it('makes one entry for a repeated Idempotency-Key, and refuses the key with another body', async () => {
    const { context } = memoryContext();
    const register = disclosureRegister(context);
    const first = await register.create(admin, 'bma-health', entry(), 'disclosure-key-0001');
    const again = await register.create(admin, 'bma-health', entry(), 'disclosure-key-0001');
    expect(again).toMatchObject({ created: false, entry: { id: first.entry.id } });
    expect(await register.list(admin, 'bma-health')).toHaveLength(1);
    await expect(register.create(admin, 'bma-health', entry({ title: 'อีกเรื่อง' }), 'disclosure-key-0001')).rejects.toBeInstanceOf(IdempotencyMismatchError);
  });
});

describe('a PDF reaches the public only cleaned', () => {
  it('rebuilds the upload, keeps no marker of its metadata or script, and lists it once received', async () => {
    const { context, evidence } = memoryContext();
    const register = disclosureRegister(context);
    const { link: _link, ...withoutLink } = entry({ category: 'reference-prices', title: 'ราคากลางงานจ้างก่อสร้าง' });
    const hostile = [await pdfWithProperties(), pdfWithJavaScript()];
    const made = [];
    for (const [index, body] of hostile.entries()) {
      const saved = await register.create(admin, 'bma-health', { ...withoutLink, title: `${withoutLink.title} ${index + 1}`, document: { size: body.length } });
      expect(saved.upload).toBeDefined();
      // Nothing is public until the cleaned copy exists.
      expect(await register.published('bma-health')).toHaveLength(index);
      const key = disclosureObjects.quarantine('bma-health', saved.entry.id, saved.entry.document!.fileId);
      expect(evidence.slots.at(-1)).toMatchObject({ key, contentType: 'application/pdf' });
      await evidence.write(key, body, 'application/pdf');
      expect(await processUpload(context)(key)).toBe('received');
      expect(evidence.objects.has(key)).toBe(false);
      made.push(saved.entry.id);
    }
    const published = await register.published('bma-health');
    expect(published.map((item) => item.id).sort()).toEqual([...made].sort());
    for (const id of made) {
      await register.documentLink('bma-health', id);
      const served = evidence.objects.get(evidence.links.at(-1)!.key)!.body;
      const text = Buffer.from(served).toString('latin1');
      expect(text.startsWith('%PDF-')).toBe(true);
      for (const marker of [...Object.values(MARKERS.pdf), HOSTILE_MARKERS.javascript]) expect(text).not.toContain(marker);
      expect(text).not.toMatch(/\/JavaScript|\/EmbeddedFiles|\/Metadata/);
    }
    // Another agency's id does not reach this agency's document.
    await expect(register.documentLink('bma-medical', made[0]!)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('keeps the cleaned PDF through an update that names neither link nor document, and drops it for a link', async () => {
    const { context, evidence } = memoryContext();
    const register = disclosureRegister(context);
    const { link: _link, ...fields } = entry();
    const saved = await register.create(admin, 'bma-health', { ...fields, document: { size: 1000 } });
    const key = disclosureObjects.quarantine('bma-health', saved.entry.id, saved.entry.document!.fileId);
    await evidence.write(key, await pdfWithProperties(), 'application/pdf');
    expect(await processUpload(context)(key)).toBe('received');
    expect(disclosureChangeSchema.safeParse({ ...fields, title: 'ปรับปรุงชื่อ' }).success).toBe(true);
    expect(disclosureChangeSchema.safeParse({ ...fields, link: 'https://example.go.th/x', document: { size: 1 } }).success).toBe(false);
    const renamed = await register.update(admin, 'bma-health', saved.entry.id, { ...fields, title: 'ปรับปรุงชื่อ' });
    expect(renamed.upload).toBeUndefined();
    expect(await register.published('bma-health')).toEqual([expect.objectContaining({ title: 'ปรับปรุงชื่อ', document: { size: expect.any(Number) } })]);
    await register.update(admin, 'bma-health', saved.entry.id, { ...fields, link: 'https://www.example.go.th/moved' });
    expect(await register.published('bma-health')).toEqual([expect.not.objectContaining({ document: expect.anything() })]);
    await expect(register.documentLink('bma-health', saved.entry.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses what is not a PDF and never lists it', async () => {
    const { context, evidence } = memoryContext();
    const register = disclosureRegister(context);
    const { link: _link, ...withoutLink } = entry();
    const saved = await register.create(admin, 'bma-health', { ...withoutLink, document: { size: 30 } });
    const key = disclosureObjects.quarantine('bma-health', saved.entry.id, saved.entry.document!.fileId);
    await evidence.write(key, new TextEncoder().encode('<html><script>alert(1)</script></html>'), 'application/pdf');
    expect(await processUpload(context)(key)).toBe('rejected');
    expect(await register.published('bma-health')).toEqual([]);
    expect((await register.list(admin, 'bma-health'))[0]!.document).toMatchObject({ status: 'rejected' });
    await expect(register.documentLink('bma-health', saved.entry.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
