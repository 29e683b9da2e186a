// You are here: intake. Seal the identity first, then write the complaint in one conditional put,
// so a failure of either leaves nothing behind; a retry with the same Idempotency-Key finds the same
// reference and never stores a second complaint.
import { endOfBangkokDayAfter } from '../calendar';
import type { NewComplaint, ReporterIdentity, Status } from '../complaint';
import {
  hashSecret,
  newSecret,
  randomHex,
  randomReference,
  referenceForIdempotencyKey,
  requestFingerprint,
  secretMatches,
} from '../credentials';
import { ConflictError, IdempotencyMismatchError, ValidationError } from '../errors';
import { activeAgency } from '../agencies';
import type { ComplaintRecord } from '../ports';
import { canonicalJson } from '../text';
import type { ComplaintDeps } from './deps';

export interface Receipt {
  reference: string;
  secret: string;
  status: Status;
  receivedAt: string;
  acknowledgeBy: string;
}

const MAX_REFERENCE_ATTEMPTS = 3;

export function fileComplaint(deps: ComplaintDeps) {
  return async (input: NewComplaint, idempotencyKey?: string): Promise<Receipt> => {
    const agency = await activeAgency(deps.agencies, input.agency ?? deps.config.defaultAgency);
    if (input.unit !== undefined && !agency.units.some((unit) => unit.id === input.unit)) {
      throw new ValidationError('The agency has no unit with this id', { 'body.unit': `not a unit of ${agency.id}` });
    }
    const { reporter, agency: _requested, unit, category, concernsHandlers, ...content } = input;
    const salt = idempotencyKey ?? randomHex(deps.random, 16);
    const requestHash = requestFingerprint(salt, canonicalJson({ ...input, agency: agency.id }));

    for (let attempt = 1; attempt <= MAX_REFERENCE_ATTEMPTS; attempt += 1) {
      const reference = idempotencyKey ? referenceForIdempotencyKey(idempotencyKey) : randomReference(deps.random);
      const secret = newSecret(deps.random);
      const now = deps.clock.now();
      const receivedAt = now.toISOString();
      const record: ComplaintRecord = {
        reference,
        agency: agency.id,
        ...(unit !== undefined ? { unit } : {}),
        ...(concernsHandlers === true ? { concernsHandlers: true as const } : {}),
        category,
        status: 'received',
        content,
        reporterMode: reporter.mode,
        secretHash: hashSecret(reference, secret),
        requestHash,
        receivedAt,
        updatedAt: receivedAt,
        acknowledgeBy: endOfBangkokDayAfter(now, agency.deadlines.acknowledgeDays).toISOString(),
        lastUpdateAt: receivedAt,
        concludeBy: endOfBangkokDayAfter(now, agency.deadlines.conclusionDays).toISOString(),
      };
      record.nextUpdateBy = record.acknowledgeBy;
      if (reporter.mode === 'identified') {
        const { mode: _mode, ...identity } = reporter;
        record.sealedIdentity = await deps.vault.seal(identity satisfies ReporterIdentity, {
          agency: agency.id,
          reference,
          purpose: 'reporter-identity',
        });
      }

      const outcome = await deps.complaints.create(record);
      if (outcome.created) return receiptOf(record, secret);
      if (idempotencyKey) return replay(deps, outcome.existing, requestHash, now);
      // A random reference collided (about one in 10^15): draw another one.
    }
    throw new ConflictError('Could not allocate a reference; please retry');
  };
}

/**
 * The first response may never have reached the reporter, and only the secret's hash is stored, so a
 * faithful retry gets the same reference with a fresh secret that replaces the old one.
 */
async function replay(deps: ComplaintDeps, existing: ComplaintRecord, requestHash: Uint8Array, now: Date) {
  if (!secretMatches(existing.requestHash, requestHash)) {
    throw new IdempotencyMismatchError('This Idempotency-Key was already used for a different complaint');
  }
  const ageSeconds = (now.getTime() - Date.parse(existing.receivedAt)) / 1000;
  if (ageSeconds > deps.config.idempotencyWindowSeconds) {
    throw new ConflictError('This Idempotency-Key has expired; track the complaint with its reference and secret');
  }
  const secret = newSecret(deps.random);
  await deps.complaints.replaceSecret(existing.reference, hashSecret(existing.reference, secret), requestHash);
  return receiptOf(existing, secret);
}

const receiptOf = (record: ComplaintRecord, secret: string): Receipt => ({
  reference: record.reference,
  secret,
  status: record.status,
  receivedAt: record.receivedAt,
  acknowledgeBy: record.acknowledgeBy,
});
