import { describe, expect, it } from 'vitest';
import { memoryAgencyRegistry } from '../../shared/adapters/memory/memory-agency-registry';
import { AGENCY_CATALOGUE, standardDeadlines, standardEvidence } from '../../shared/config/agencies';
import type { Agency } from '../../shared/domain/agencies';

const agency = (id: string, nameTh: string, nameEn: string, status: Agency['status'] = 'active'): Agency => ({
  id, nameTh, nameEn, status, deadlines: standardDeadlines, evidence: standardEvidence, retentionYears: 5, units: [], contact: {}, joinedOn: '2026-10-01',
});

const registry = () =>
  memoryAgencyRegistry([
    ...AGENCY_CATALOGUE,
    agency('bang-phli-sao', 'องค์การบริหารส่วนตำบลบางพลีใหญ่', 'Bang Phli Yai Subdistrict Administrative Organisation'),
    agency('khon-kaen-city', 'เทศบาลนครขอนแก่น', 'Khon Kaen City Municipality'),
    agency('old-office', 'สำนักงานเดิม', 'Old Office', 'retired'),
  ]);

describe('finding an agency by name', () => {
  it('writes out the short forms people type, either way round', async () => {
    expect((await registry().list({ q: 'อบต. บางพลี', limit: 10 })).agencies.map((a) => a.id)).toEqual(['bang-phli-sao']);
    expect((await registry().list({ q: 'ทน.ขอนแก่น', limit: 10 })).agencies.map((a) => a.id)).toEqual(['khon-kaen-city']);
    expect((await registry().list({ q: 'สนอ.', limit: 10 })).agencies.map((a) => a.id)).toEqual(['bma-health']);
  });

  it('ignores spaces and case, and matches English names', async () => {
    expect((await registry().list({ q: 'สำนัก อนามัย', limit: 10 })).agencies.map((a) => a.id)).toEqual(['bma-health']);
    expect((await registry().list({ q: 'KHON kaen', limit: 10 })).agencies.map((a) => a.id)).toEqual(['khon-kaen-city']);
  });

  it('lists active agencies only unless asked, in Thai dictionary order', async () => {
    const active = await registry().list({ limit: 10 });
    expect(active.agencies.map((a) => a.id)).not.toContain('old-office');
    expect(active.agencies.map((a) => a.nameTh)).toEqual([...active.agencies.map((a) => a.nameTh)].sort(new Intl.Collator('th').compare));
    expect((await registry().list({ limit: 10, status: 'all' })).agencies.map((a) => a.id)).toContain('old-office');
  });

  it('pages with a cursor without skipping or repeating an agency', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await registry().list({ limit: 2, cursor });
      expect(page.agencies.length).toBeLessThanOrEqual(2);
      seen.push(...page.agencies.map((a) => a.id));
      cursor = page.cursor;
    } while (cursor);
    expect(seen.sort()).toEqual(['bang-phli-sao', 'bma-health', 'bma-medical', 'khon-kaen-city']);
  });

  it('refuses a cursor it did not write', async () => {
    await expect(registry().list({ limit: 2, cursor: 'bm90LWEtbnVtYmVy' })).rejects.toThrow(/cursor/);
  });
});
