// A context of memory adapters for unit tests: a settable clock, a counted keyring vault, and the
// memory repository, so use cases and handlers run without any network.
import { randomBytes } from 'node:crypto';
import { countingIdentityVault } from '../../shared/adapters/counting-identity-vault';
import { keyringContactVault, keyringIdentityVault } from '../../shared/adapters/local/keyring-identity-vault';
import type { ContactVault } from '../../shared/domain/notifications/reporter-contact';
import { memoryAuditLog, memoryComplaintRepository, memoryStatisticsSource } from '../../shared/adapters/memory/memory-complaint-repository';
import { memoryStaffDirectory } from '../../shared/adapters/memory/memory-staff-directory';
import { AGENCY_CATALOGUE } from '../../shared/config/agencies';
import { memorySurveyRepository } from '../../shared/adapters/memory/memory-survey-repository';
import { memoryInformationCentre } from '../../shared/adapters/memory/memory-information-centre';
import { memoryObjectStore } from '../../shared/adapters/object-stores';
import { memoryEvidenceStore } from '../../shared/adapters/memory/memory-evidence-store';
import { sanitiseEvidence } from '../../shared/domain/evidence-sanitiser';
import { systemRandomness } from '../../shared/adapters/system/system';
import { appConfigFromEnv } from '../../shared/config/app-config';
import type { AppContext } from '../../shared/config/context';
import type { NewComplaint } from '../../shared/domain/complaint';
import type { Agency } from '../../shared/domain/agencies';
import { memoryAgencyRegistry } from '../../shared/adapters/memory/memory-agency-registry';
import { memoryReportApprovals } from '../../shared/adapters/memory/memory-report-approvals';
import { memoryPreferenceStore } from '../../shared/adapters/memory/memory-digest';
import { memoryMailSuppressions } from '../../shared/adapters/memory/memory-mail-suppressions';

/** `agencies` seeds the registry; by default the local stack's seed catalogue. */
export function memoryContext(start = new Date('2026-11-27T03:00:00.000Z'), env: NodeJS.ProcessEnv = {}, agencies?: readonly Agency[]) {
  let now = start;
  const clock = { now: () => now };
  const audit = memoryAuditLog();
  const surveys = memorySurveyRepository(clock);
  const statsStore = memoryObjectStore();
  const informationCentre = memoryInformationCentre(audit);
  const complaints = memoryComplaintRepository(audit);
  const evidence = memoryEvidenceStore();
  const reportApprovals = memoryReportApprovals(audit);
  const staffDirectory = memoryStaffDirectory({ now: () => now });
  const key = new Uint8Array(randomBytes(32));
  const { vault, calls } = countingIdentityVault(keyringIdentityVault(key));
  // Counted too: only the notifier may ever open a contact.
  const contactCalls = { seal: 0, open: 0 };
  const keyringContacts = keyringContactVault(key);
  const contactVault: ContactVault = {
    seal: (contact, context) => {
      contactCalls.seal += 1;
      return keyringContacts.seal(contact, context);
    },
    open: (sealed, context) => {
      contactCalls.open += 1;
      return keyringContacts.open(sealed, context);
    },
  };
  const mailSuppressions = memoryMailSuppressions();
  const config = appConfigFromEnv(env);
  const registry = memoryAgencyRegistry(agencies ?? AGENCY_CATALOGUE, audit);
  const context: AppContext = {
    config,
    agencies: registry,
    clock,
    random: systemRandomness,
    complaints,
    vault,
    contactVault,
    audit,
    staffDirectory,
    mailSuppressions,
    surveys,
    statistics: memoryStatisticsSource(complaints),
    statsStore,
    reportApprovals,
    informationCentre,
    evidence,
    // In process: unit tests check the use cases; the isolation has tests of its own.
    sanitise: sanitiseEvidence,
    notificationPreferences: memoryPreferenceStore(),
  };
  return {
    context,
    agencies: registry,
    complaints,
    audit,
    surveys,
    statsStore,
    informationCentre,
    evidence,
    staffDirectory,
    reportApprovals,
    mailSuppressions,
    vaultCalls: calls,
    contactCalls,
    advance: (seconds: number) => {
      now = new Date(now.getTime() + seconds * 1000);
    },
  };
}

export const anonymousComplaint = (overrides: Partial<NewComplaint> = {}): NewComplaint => ({
  category: 'bribery',
  subject: 'เจ้าหน้าที่เรียกรับเงินเพื่อเร่งออกใบอนุญาต',
  description: 'เมื่อวันที่ 3 พฤศจิกายน เจ้าหน้าที่ที่ศูนย์บริการแจ้งว่าต้องจ่ายเงินเพิ่มจึงจะได้รับใบอนุญาตเร็วขึ้น',
  reporter: { mode: 'anonymous' },
  ...overrides,
});

export const identifiedComplaint = (name = 'สมชาย ใจดี'): NewComplaint =>
  anonymousComplaint({
    category: 'procurement',
    reporter: { mode: 'identified', name, phone: '081-234-5678', email: 'somchai@example.org', nationalId: '1101700230708', address: 'แขวงดินแดง เขตดินแดง กรุงเทพฯ' },
  });
