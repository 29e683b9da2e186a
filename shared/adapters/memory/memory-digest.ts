// You are here: the daily digest's stores kept in memory, for unit tests: members' notification
// preferences, the lines held for their digest, and the open cases read from the memory repository.
import { isConcluded } from '../../domain/case-workflow';
import type { ComplaintRecord } from '../../domain/ports';
import type { OpenCaseSource } from '../../domain/notifications/ports';
import { DEFAULT_PREFERENCES, type NotificationPreferenceStore, type NotificationPreferences, type PendingDigestLines, type PendingLine } from '../../domain/notifications/preferences';

export function memoryPreferenceStore(): NotificationPreferenceStore {
  const stored = new Map<string, NotificationPreferences>();
  return {
    async get(staffId) {
      return { ...DEFAULT_PREFERENCES, ...stored.get(staffId) };
    },
    async set(member, preferences) {
      stored.set(member.id, { ...preferences });
    },
  };
}

export function memoryPendingLines(): PendingDigestLines {
  const held = new Map<string, Map<string, PendingLine>>();
  return {
    async add(staffId, line) {
      const lines = held.get(staffId) ?? new Map<string, PendingLine>();
      if (!lines.has(line.key)) lines.set(line.key, structuredClone(line));
      held.set(staffId, lines);
    },
    async list(staffId) {
      return [...(held.get(staffId)?.values() ?? [])].sort((a, b) => a.at.localeCompare(b.at)).map((line) => structuredClone(line));
    },
    async remove(staffId, keys) {
      for (const key of keys) held.get(staffId)?.delete(key);
    },
  };
}

/** The open cases of the memory repository (its `cases`), with the fields the index projects. */
export function memoryOpenCases(repository: { cases: Map<string, { complaint?: ComplaintRecord }> }): OpenCaseSource {
  return {
    async openCases(agency) {
      return [...repository.cases.values()]
        .map((entry) => entry.complaint)
        .filter((complaint): complaint is ComplaintRecord => complaint !== undefined && complaint.agency === agency && !isConcluded(complaint.status))
        .map(({ reference, agency: owner, category, status, acknowledgeBy, nextUpdateBy, concludeBy, unit, concernsHandlers, conflicts, assignee }) => ({
          reference,
          agency: owner,
          category,
          status,
          acknowledgeBy,
          concludeBy,
          ...(nextUpdateBy ? { nextUpdateBy } : {}),
          ...(unit ? { unit } : {}),
          ...(concernsHandlers ? { concernsHandlers } : {}),
          ...(conflicts ? { conflicts: [...conflicts] } : {}),
          ...(assignee ? { assignee } : {}),
        }));
    },
  };
}
