// You are here: the information centre's use cases. Admins keep the registers and the service log;
// the public reads the published topics and active channels and sends suggestions, whose text is
// only ever shown to staff: the public figures are counts.
import { activeAgency } from '../agencies';
import { ValidationError } from '../errors';
import { idForKey, randomHex, requestFingerprint } from '../credentials';
import type { Period } from '../fiscal';
import { bangkokDate } from '../calendar';
import {
  isActive,
  isPublished,
  type Channel,
  type RegisterEntry,
  type RegisterKind,
  type ServiceRecord,
  type Suggestion,
  type Topic,
} from '../information-centre';
import { auditEntry } from '../audit';
import { actingRole, type StaffPrincipal, type StaffRole } from '../staff';
import { canonicalJson } from '../text';
import type { InformationCentreDeps } from './deps';

export const REGISTER_ROLES: readonly StaffRole[] = ['admin'];

export function saveRegisterEntry<T>(deps: InformationCentreDeps, kind: RegisterKind) {
  return async (principal: StaffPrincipal, data: T, id?: string): Promise<RegisterEntry<T>> => {
    const role = actingRole(principal, REGISTER_ROLES);
    const now = deps.clock.now().toISOString();
    const existing = id ? (await deps.informationCentre.listEntries<T>(kind, principal.agency)).find((entry) => entry.id === id) : undefined;
    const entry: RegisterEntry<T> = { id: id ?? randomHex(deps.random, 8), agency: principal.agency, data, createdAt: existing?.createdAt ?? now, updatedAt: now };
    await deps.informationCentre.putEntry(kind, entry, id ? 'update' : 'create');
    await deps.audit.append(auditEntry(deps, principal, role, id ? 'register.update' : 'register.create', { detail: `${kind} ${entry.id}` }));
    return entry;
  };
}

export function retireRegisterEntry(deps: InformationCentreDeps, kind: RegisterKind) {
  return async (principal: StaffPrincipal, id: string) => {
    const role = actingRole(principal, REGISTER_ROLES);
    const at = deps.clock.now().toISOString();
    await deps.informationCentre.retireEntry(kind, principal.agency, id, at);
    await deps.audit.append(auditEntry(deps, principal, role, 'register.retire', { detail: `${kind} ${id}` }));
    return { id, retiredAt: at };
  };
}

export function listRegister<T>(deps: InformationCentreDeps, kind: RegisterKind) {
  return async (principal: StaffPrincipal) => {
    actingRole(principal, REGISTER_ROLES);
    return (await deps.informationCentre.listEntries<T>(kind, principal.agency)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  };
}

/** What the public sees: published topics, newest first, and the channels active today. */
export function publicRegisters(deps: InformationCentreDeps) {
  return {
    topics: async (agency?: string) => {
      const today = bangkokDate(deps.clock.now());
      const entries = await deps.informationCentre.listEntries<Topic>('topics', await knownAgency(deps, agency));
      return entries
        .filter((entry) => isPublished(entry, today))
        .sort((a, b) => b.data.publishedOn.localeCompare(a.data.publishedOn) || a.id.localeCompare(b.id))
        .map((entry) => ({ id: entry.id, ...entry.data }));
    },
    channels: async (agency?: string) => {
      const today = bangkokDate(deps.clock.now());
      const entries = await deps.informationCentre.listEntries<Channel>('channels', await knownAgency(deps, agency));
      return entries
        .filter((entry) => isActive(entry, today))
        .sort((a, b) => a.data.name.localeCompare(b.data.name, 'th'))
        .map((entry) => ({ id: entry.id, ...entry.data }));
    },
  };
}

/** An agency whose registers the public may read: any the registry holds, retired ones included. */
async function knownAgency(deps: InformationCentreDeps, id = deps.config.defaultAgency): Promise<string> {
  const agency = await deps.agencies.get(id);
  if (!agency) throw new ValidationError('No agency with this id', { 'query.agency': 'no agency with this id' });
  return agency.id;
}

export function recordService(deps: InformationCentreDeps) {
  return async (principal: StaffPrincipal, record: ServiceRecord) => {
    const role = actingRole(principal, REGISTER_ROLES);
    const id = randomHex(deps.random, 8);
    await deps.informationCentre.addServiceRecord(principal.agency, { ...record, id });
    await deps.audit.append(auditEntry(deps, principal, role, 'service.record', { detail: `${record.date} ${record.channel}` }));
    return { id, ...record };
  };
}

export function submitSuggestion(deps: InformationCentreDeps) {
  return async (input: { text: string; agency?: string }, idempotencyKey?: string) => {
    const agency = (await activeAgency(deps.agencies, input.agency ?? deps.config.defaultAgency)).id;
    const receivedOn = bangkokDate(deps.clock.now());
    const salt = idempotencyKey ?? randomHex(deps.random, 16);
    const suffix = idempotencyKey ? idForKey('suggestion', idempotencyKey, 20) : randomHex(deps.random, 10);
    const suggestion: Suggestion = {
      id: `${receivedOn}-${suffix}`,
      agency,
      receivedOn,
      text: input.text,
      status: 'new',
      requestHash: requestFingerprint(salt, canonicalJson({ agency, text: input.text })),
    };
    const outcome = await deps.informationCentre.addSuggestion(suggestion);
    if (!outcome.created && Buffer.compare(outcome.existing.requestHash, suggestion.requestHash) !== 0) {
      throw new ValidationError('This Idempotency-Key was already used for another suggestion', { 'header.Idempotency-Key': 'use a new key' });
    }
    return { receivedOn };
  };
}

export function moderateSuggestions(deps: InformationCentreDeps) {
  return {
    list: async (principal: StaffPrincipal, period: Period) => {
      actingRole(principal, REGISTER_ROLES);
      return (await deps.informationCentre.listSuggestions(principal.agency, period.firstDay, period.lastDay)).map(({ requestHash: _hash, ...rest }) => rest);
    },
    answer: async (principal: StaffPrincipal, id: string, answer: string, hide: boolean) => {
      const role = actingRole(principal, REGISTER_ROLES);
      await deps.informationCentre.answerSuggestion(principal.agency, id, answer, hide);
      await deps.audit.append(auditEntry(deps, principal, role, 'suggestion.answer', { detail: id }));
      return { id, status: hide ? 'hidden' : 'answered' };
    },
  };
}

export interface InformationCentreFigures {
  /** Knowledge topics published from the start of the fiscal year to the period's end. */
  knowledgeTopicsPublished: number;
  /** Public-relations channels active on the period's last day. */
  activeChannels: number;
  serviceRequests: number;
  fulfilledPercent: number | null;
  medianDaysToFulfil: number | null;
  suggestionsReceived: number;
}

/** The counts the plan's indicators 1.1.3 and 2.1.1 need for a period. */
export async function informationCentreFigures(deps: InformationCentreDeps, agency: string, period: Period, fiscalYearFirstDay: string): Promise<InformationCentreFigures> {
  const [topics, channels, services, suggestions] = await Promise.all([
    deps.informationCentre.listEntries<Topic>('topics', agency),
    deps.informationCentre.listEntries<Channel>('channels', agency),
    deps.informationCentre.listServiceRecords(agency, period.firstDay, period.lastDay),
    deps.informationCentre.listSuggestions(agency, period.firstDay, period.lastDay),
  ]);
  const fulfilled = services.filter((record) => record.fulfilled);
  const days = fulfilled.map((record) => record.daysToFulfil!).sort((a, b) => a - b);
  const median = days.length ? (days[Math.floor((days.length - 1) / 2)]! + days[Math.ceil((days.length - 1) / 2)]!) / 2 : null;
  return {
    knowledgeTopicsPublished: topics.filter((entry) => entry.data.publishedOn >= fiscalYearFirstDay && isPublished(entry, period.lastDay)).length,
    activeChannels: channels.filter((entry) => isActive(entry, period.lastDay)).length,
    serviceRequests: services.length,
    fulfilledPercent: services.length ? Math.round((fulfilled.length / services.length) * 1000) / 10 : null,
    medianDaysToFulfil: median,
    suggestionsReceived: suggestions.length,
  };
}
