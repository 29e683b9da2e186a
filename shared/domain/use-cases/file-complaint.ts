// You are here: intake, online and from every other channel. Seal the identity first, then write the
// complaint in one conditional put (with its audit entry, when an officer records it), so a failure of
// either leaves nothing behind; a retry with the same Idempotency-Key finds the same reference and
// never stores a second complaint.
import { bangkokDate, endOfBangkokDayAfter, startOfBangkokDay } from '../calendar';
import type { ComplaintContent, NewComplaint, RecordedComplaint, ReporterIdentity, Status } from '../complaint';
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
import { activeAgency, agencySettings, type Agency } from '../agencies';
import { auditEntry } from '../audit';
import type { AuditEntry, ComplaintRecord } from '../ports';
import { actingRole, type StaffPrincipal, type StaffRole } from '../staff';
import { canonicalJson } from '../text';
import type { CaseDeps, ComplaintDeps } from './deps';
import { CONTACT_PURPOSE, newStopToken, stopTokenHash } from '../notifications/reporter-contact';
import { SOURCE_LANGUAGE, type Language } from '../../rules/languages';

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
    // The language goes into the sealed contact and nowhere else: it is taken out here so that it can never fall into the stored content.
    const { reporter, agency: _requested, unit, category, kind, reporterType, concernsHandlers, notifyEmail, acceptsEmailRisk, language, ...content } = input;
    // An address can name its owner (a work address, a name in it): an anonymous reporter leaves one only knowingly.
    if (notifyEmail !== undefined && reporter.mode === 'anonymous' && acceptsEmailRisk !== true) {
      throw new ValidationError('An anonymous reporter who leaves an e-mail address must accept what it may reveal', {
        'body.acceptsEmailRisk': 'send true after reading the warning, or leave out notifyEmail',
      });
    }
    return intake(deps, agency, {
      ...(notifyEmail !== undefined ? { notify: { email: notifyEmail, language: language ?? SOURCE_LANGUAGE } } : {}),
      classification: { unit, concernsHandlers, category, channel: 'online', kind: kind ?? 'complaint', reporterType: reporterType ?? 'unknown' },
      content,
      reporter,
      fingerprint: canonicalJson({ ...input, agency: agency.id }),
      idempotencyKey,
    });
  };
}

/** Who may record a complaint that arrived by another channel: the officers who handle cases. */
export const RECORD_ROLES: readonly StaffRole[] = ['officer'];

/**
 * An officer records a complaint that arrived by letter, phone, walk-in, a general complaint channel
 * or a referral. It goes through the intake itself (same reference and secret, same sealing, same
 * workflow), with its deadlines counted from the day it arrived, and its audit entry is written in
 * the same transaction as the case. A retry with the same Idempotency-Key (scoped to the officer)
 * finds the same case.
 */
export function recordComplaint(deps: CaseDeps) {
  return async (principal: StaffPrincipal, input: RecordedComplaint, idempotencyKey?: string): Promise<Receipt> => {
    const role = actingRole(principal, RECORD_ROLES);
    if (input.channel === 'online') {
      throw new ValidationError('Online complaints come only through the public form', { 'body.channel': 'choose letter, phone, walk-in, general-channel or referral' });
    }
    const agency = await agencySettings(deps.agencies, principal.agency);
    if (agency.status !== 'active') throw new ConflictError('This agency is retired and takes no new complaints');
    const today = bangkokDate(deps.clock.now());
    if (input.receivedOn > today) {
      throw new ValidationError('The day the complaint arrived cannot be in the future', { 'body.receivedOn': `must be ${today} (Bangkok) or earlier` });
    }
    if (input.receivedOn < agency.joinedOn) {
      throw new ValidationError('The agency had not joined the platform on that day', { 'body.receivedOn': `must be ${agency.joinedOn} or later` });
    }
    const { reporter, unit, category, channel, kind, reporterType, receivedOn, concernsHandlers, ...content } = input;
    return intake(deps, agency, {
      classification: { unit, concernsHandlers, category, channel, kind, reporterType },
      content,
      reporter,
      receivedOn,
      // Scoped to the agency and the officer: one officer's key can never reach another's case, nor a reporter's.
      fingerprint: canonicalJson({ ...input, agency: agency.id, recordedBy: principal.id }),
      ...(idempotencyKey ? { idempotencyKey: `staff:${agency.id}:${principal.id}:${idempotencyKey}` } : {}),
      audit: (reference) => auditEntry(deps, principal, role, 'case.record', { reference, detail: channel }),
    });
  };
}

interface Intake {
  classification: Pick<ComplaintRecord, 'unit' | 'category' | 'channel' | 'kind' | 'reporterType'> & { concernsHandlers?: boolean | undefined };
  content: ComplaintContent;
  reporter: NewComplaint['reporter'];
  /** The request in canonical form, for recognising a faithful retry. */
  fingerprint: string;
  idempotencyKey?: string | undefined;
  /** The Bangkok day it arrived, when that is not the day it is filed: deadlines count from it. */
  receivedOn?: string;
  /** The audit entry written with the case, for complaints an officer records. */
  audit?: (reference: string) => AuditEntry;
  /** Where the reporter chose to be told of news, and in which language (the public intake only). */
  notify?: { email: string; language: Language };
}

/** The one path of every complaint into the system, whichever channel it came by. */
async function intake(deps: ComplaintDeps, agency: Agency, input: Intake): Promise<Receipt> {
  const { unit } = input.classification;
  if (unit !== undefined && !agency.units.some((candidate) => candidate.id === unit)) {
    throw new ValidationError('The agency has no unit with this id', { 'body.unit': `not a unit of ${agency.id}` });
  }
  const { reporter, idempotencyKey } = input;
  const salt = idempotencyKey ?? randomHex(deps.random, 16);
  const requestHash = requestFingerprint(salt, input.fingerprint);

  for (let attempt = 1; attempt <= MAX_REFERENCE_ATTEMPTS; attempt += 1) {
    const reference = idempotencyKey ? referenceForIdempotencyKey(idempotencyKey) : randomReference(deps.random);
    const secret = newSecret(deps.random);
    const now = deps.clock.now();
    const receivedAt = now.toISOString();
    // Deadlines run from the day the agency received the complaint, which for a letter may be days ago.
    const from = input.receivedOn ? startOfBangkokDay(input.receivedOn) : now;
    const record: ComplaintRecord = {
      reference,
      agency: agency.id,
      ...(unit !== undefined ? { unit } : {}),
      ...(input.classification.concernsHandlers === true ? { concernsHandlers: true as const } : {}),
      category: input.classification.category,
      channel: input.classification.channel,
      kind: input.classification.kind,
      reporterType: input.classification.reporterType,
      ...(input.receivedOn ? { receivedOn: input.receivedOn } : {}),
      status: 'received',
      content: input.content,
      reporterMode: reporter.mode,
      secretHash: hashSecret(reference, secret),
      requestHash,
      receivedAt,
      updatedAt: receivedAt,
      acknowledgeBy: endOfBangkokDayAfter(from, agency.deadlines.acknowledgeDays).toISOString(),
      lastUpdateAt: receivedAt,
      concludeBy: endOfBangkokDayAfter(from, agency.deadlines.conclusionDays).toISOString(),
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

    if (input.notify !== undefined) {
      const stopToken = newStopToken(deps.random);
      const { email, language } = input.notify;
      record.sealedContact = await deps.contactVault.seal({ email, stopToken, language }, { agency: agency.id, reference, purpose: CONTACT_PURPOSE });
      record.stopTokenHash = stopTokenHash(stopToken);
    }

    const outcome = await deps.complaints.create(record, input.audit?.(reference));
    if (outcome.created) return receiptOf(record, secret);
    if (idempotencyKey) return replay(deps, outcome.existing, requestHash, now);
    // A random reference collided (about one in 10^15): draw another one.
  }
  throw new ConflictError('Could not allocate a reference; please retry');
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
