import { describe, expect, it } from 'vitest';
import { endOfBangkokDayAfter } from '../../shared/domain/calendar';
import { isThaiNationalId, newComplaintSchema } from '../../shared/domain/complaint';
import { codePoints, normalizeNfc } from '../../shared/domain/text';
import { anonymousComplaint } from '../support/memory-context';

describe('complaint input rules', () => {
  it('accepts Thai national IDs only with a valid check digit', () => {
    expect(isThaiNationalId('1101700230708')).toBe(true);
    expect(isThaiNationalId('1101700230709')).toBe(false);
    expect(isThaiNationalId('110170023070')).toBe(false);
  });

  it('counts length in code points, so 10,000 Thai characters fit and 10,001 do not', () => {
    const thai = 'ก'.repeat(10_000);
    expect(newComplaintSchema.safeParse(anonymousComplaint({ description: thai })).success).toBe(true);
    const result = newComplaintSchema.safeParse(anonymousComplaint({ description: `${thai}ก` }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['description']);
  });

  it('counts an emoji as one character, not two UTF-16 units', () => {
    expect(codePoints('😀'.repeat(200))).toBe(200);
    expect(newComplaintSchema.safeParse(anonymousComplaint({ subject: '😀'.repeat(200) })).success).toBe(true);
  });

  it('normalises text to NFC before it is validated', () => {
    const decomposed = 'e\u0301';
    expect(normalizeNfc({ subject: decomposed, nested: [decomposed] })).toEqual({ subject: '\u00e9', nested: ['\u00e9'] });
  });

  it('refuses unknown fields, unknown categories and identity on an anonymous report', () => {
    expect(newComplaintSchema.safeParse({ ...anonymousComplaint(), extra: 1 }).success).toBe(false);
    expect(newComplaintSchema.safeParse(anonymousComplaint({ category: 'gossip' as never })).success).toBe(false);
    expect(newComplaintSchema.safeParse(anonymousComplaint({ reporter: { mode: 'anonymous', name: 'x' } as never })).success).toBe(false);
  });

  it('refuses blank subjects and impossible dates', () => {
    expect(newComplaintSchema.safeParse(anonymousComplaint({ subject: '   ' })).success).toBe(false);
    expect(newComplaintSchema.safeParse(anonymousComplaint({ incidentDate: '2026-02-30' })).success).toBe(false);
    expect(newComplaintSchema.safeParse(anonymousComplaint({ incidentDate: '2026-02-28' })).success).toBe(true);
  });
});

describe('deadlines on Bangkok days', () => {
  it('ends the acknowledgement period at midnight Bangkok time, 15 days after the Bangkok day of receipt', () => {
    // 23:30 UTC on 27 Nov is already 28 Nov in Bangkok.
    expect(endOfBangkokDayAfter(new Date('2026-11-27T23:30:00Z'), 15).toISOString()).toBe('2026-12-13T16:59:59.999Z');
    expect(endOfBangkokDayAfter(new Date('2026-11-27T10:00:00Z'), 15).toISOString()).toBe('2026-12-12T16:59:59.999Z');
  });
});
