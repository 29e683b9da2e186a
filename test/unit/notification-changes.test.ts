// Which writes to the complaints table someone is told of, decided from the stream record alone.
import { describe, expect, it } from 'vitest';
import { happeningsOfChange } from '../../shared/adapters/dynamodb/notification-changes';
import { complaintKeys } from '../../shared/adapters/dynamodb/keys';

const reference = 'ABCDE-12345';

describe('happenings of a change', () => {
  it('a new complaint and a new reporter message, each with a key a replay repeats', () => {
    expect(happeningsOfChange({ newImage: { ...complaintKeys.complaint(reference), subject: 'x' } })).toEqual([{ key: `case-new#${reference}`, event: 'case-new', reference }]);
    expect(happeningsOfChange({ newImage: { ...complaintKeys.message(reference, 'm1'), id: 'm1', from: 'reporter' } })).toEqual([
      { key: `reporter-message#${reference}#m1`, event: 'reporter-message', reference },
    ]);
  });

  it("nothing for an update, a failure counter, a stop token's pointer or the notifier's own records", () => {
    const complaint = { ...complaintKeys.complaint(reference) };
    expect(happeningsOfChange({ newImage: complaint, oldImage: complaint })).toEqual([]);
    expect(happeningsOfChange({ newImage: { ...complaintKeys.stopToken('a'.repeat(64)), reference } })).toEqual([]);
    expect(happeningsOfChange({ newImage: { ...complaintKeys.failures(reference, 3), count: 1 } })).toEqual([]);
    expect(happeningsOfChange({ newImage: { ...complaintKeys.delivery(`case-new#${reference}#officer`), leaseUntil: 1 } })).toEqual([]);
    expect(happeningsOfChange({ oldImage: complaint })).toEqual([]);
  });
});
