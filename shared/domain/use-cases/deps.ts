// You are here: what the complaint use cases need from the outside world, as ports.
import type { AppConfig } from '../../config/app-config';
import type { AgencyRegistry } from '../agencies';
import type { StaffDirectory } from '../staff-directory';
import type { ContactVault } from '../notifications/reporter-contact';
import type { ReportApprovals } from '../report-approvals';
import type { MailSuppressions } from '../notifications/suppressions';
import type { AuditLog, Clock, ComplaintRepository, EvidenceSanitiser, EvidenceStore, IdentityVault, InformationCentreRepository, ObjectStore, Randomness, StatisticsSource, SurveyRepository } from '../ports';

export interface ComplaintDeps {
  config: AppConfig;
  /** Every agency's settings (deadlines, evidence limits, units), read through a short cache. */
  agencies: AgencyRegistry;
  clock: Clock;
  random: Randomness;
  complaints: ComplaintRepository;
  vault: IdentityVault;
  /** Seals the address a reporter leaves for news (purpose reporter-contact); only the notifier opens one. */
  contactVault: ContactVault;
}

export interface CaseDeps extends ComplaintDeps {
  audit: AuditLog;
}

/** Assignment checks its assignee in the staff directory. */
export interface AssignmentDeps extends CaseDeps {
  staffDirectory: StaffDirectory;
}

export interface EvidenceDeps extends CaseDeps {
  evidence: EvidenceStore;
  /** Only the processing of uploads calls it; other functions never start it, so never load the engine. */
  sanitise: EvidenceSanitiser;
}

export interface SurveyDeps {
  config: AppConfig;
  agencies: AgencyRegistry;
  clock: Clock;
  random: Randomness;
  surveys: SurveyRepository;
  audit: AuditLog;
}

export interface InformationCentreDeps {
  config: AppConfig;
  agencies: AgencyRegistry;
  clock: Clock;
  random: Randomness;
  audit: AuditLog;
  informationCentre: InformationCentreRepository;
}

export interface PublicationDeps extends SurveyDeps, InformationCentreDeps {
  /** Which agencies a quarter is published for (the active ones), and the names their pages show. */
  agencies: AgencyRegistry;
  complaints: ComplaintRepository;
  statistics: StatisticsSource;
  statsStore: ObjectStore;
  /** Quarters awaiting and given an executive's approval (in the complaints table, with the complaints need). */
  reportApprovals: ReportApprovals;
}

/** The registry's routes: agencies, their units and their staff accounts. */
export interface AgencyDeps {
  config: AppConfig;
  clock: Clock;
  random: Randomness;
  agencies: AgencyRegistry;
  audit: AuditLog;
  staffDirectory: StaffDirectory;
  /** Only to give a new agency's statistics folder its page before the first publication. */
  statsStore: ObjectStore;
  /** Addresses that bounced or complained: the notifier skips them, an agency's admin sees its staff's. */
  mailSuppressions: MailSuppressions;
}
