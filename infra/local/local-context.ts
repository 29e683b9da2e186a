// You are here: the local stack's wiring: the same use cases and DynamoDB adapters as on AWS, against
// DynamoDB Local, with the keyring standing in for KMS behind the same IdentityVault port.
import { join } from 'node:path';
import { dynamoAccess, type CapacityListener } from '../../shared/adapters/dynamodb/client';
import { dynamoAgencyRegistry } from '../../shared/adapters/dynamodb/agency-registry';
import { dynamoAuditLog } from '../../shared/adapters/dynamodb/audit-log';
import { dynamoInformationCentreRepository } from '../../shared/adapters/dynamodb/information-centre-repository';
import { dynamoStatisticsSource } from '../../shared/adapters/dynamodb/statistics-source';
import { dynamoReportApprovals } from '../../shared/adapters/dynamodb/report-approvals';
import { folderObjectStore } from '../../shared/adapters/object-stores';
import { dynamoSurveyRepository } from '../../shared/adapters/dynamodb/survey-repository';
import { dynamoComplaintRepository } from '../../shared/adapters/dynamodb/complaint-repository';
import { agenciesTable, auditTable, complaintsTable, informationCentreTable, surveysTable, type TableDefinition } from '../../shared/adapters/dynamodb/tables';
import { keyringContactVault, keyringIdentityVault, loadOrCreateKeyringKey } from '../../shared/adapters/local/keyring-identity-vault';
import { isolatedSanitiser } from '../../shared/adapters/system/isolated-sanitiser';
import { systemClock, systemRandomness } from '../../shared/adapters/system/system';
import { appConfigFromEnv } from '../../shared/config/app-config';
import type { AgencyRegistry } from '../../shared/domain/agencies';
import type { AppContext } from '../../shared/config/context';
import { scopeContext, type FunctionNeeds } from '../../shared/config/needs';
import type { IdentityVault } from '../../shared/domain/ports';
import { localStaffDirectory } from './dev-issuer';
import { localDynamoClient } from './dynamodb-local';
import { injectDynamoFaults, injectVaultFaults, type Faults } from './faults';
import { localBucket, type LocalBucket } from './local-bucket';
import { watchCreatedItems } from './local-stream';
import { dynamoDeliveryLedger } from '../../shared/adapters/dynamodb/delivery-ledger';
import { dynamoMailSuppressions } from '../../shared/adapters/dynamodb/mail-suppressions';
import type { DeliveryLedger } from '../../shared/domain/notifications/notifier';
import { dynamoOpenCases, dynamoPendingLines, dynamoPreferenceStore } from '../../shared/adapters/dynamodb/digest-stores';
import type { OpenCaseSource } from '../../shared/domain/notifications/ports';
import type { NotificationPreferenceStore, PendingDigestLines } from '../../shared/domain/notifications/preferences';

/** The local stand-in for the stats bucket, served under /stats/ by the local server. */
export const localStatsDir = (dataDir: string) => join(dataDir, 'stats');

/** The local stand-in for the evidence bucket, served under /local-bucket/ by the local server. */
export const localEvidenceDir = (dataDir: string) => join(dataDir, 'evidence-bucket');

export const localTableName = (definition: TableDefinition, prefix: string) => `${prefix}${definition.id}`;

export interface LocalContextOptions {
  dynamoEndpoint: string;
  dataDir: string;
  tablePrefix: string;
  env?: NodeJS.ProcessEnv;
  onCapacity?: CapacityListener;
  /** Wraps the vault, e.g. to count calls at the port. */
  wrapVault?: (vault: IdentityVault) => IdentityVault;
  faults?: Faults;
  /** The agency registry; by default the registry table of DynamoDB Local. */
  agencies?: AgencyRegistry;
  /** The evidence bucket's stand-in, which the local server serves; by default one in the data folder. */
  evidenceBucket?: LocalBucket;
  /** How long the registry trusts what it read; by default as on AWS. */
  agencyCacheSeconds?: number;
  /** Told of each item a write created in the complaints table, as the table's stream tells the notifier on AWS. */
  onCreated?: (item: Record<string, unknown>) => void;
}

export interface LocalContexts {
  /** Every port, for the local scripts and for tests that seed or read the stores directly. */
  context: AppContext;
  /**
   * The context of a function with these needs, as awsContext builds it on Lambda: only the declared
   * ports, and a complaint repository that writes audit entries only where `audit` is declared.
   */
  contextOf: (owner: string, needs: FunctionNeeds) => AppContext;
  /** The notifier's record of what it delivered, in the complaints table as on AWS. */
  deliveryLedger: DeliveryLedger;
  /** What the daily digest reads and the notifier holds for it, in the complaints table as on AWS. */
  digestStores: { preferences: NotificationPreferenceStore; pending: PendingDigestLines; openCases: OpenCaseSource };
}

export function localContexts(options: LocalContextOptions): LocalContexts {
  const client = localDynamoClient(options.dynamoEndpoint);
  const failDynamo = options.faults?.failDynamo;
  const access = dynamoAccess(failDynamo ? injectDynamoFaults(client, failDynamo) : client, options.onCapacity);
  const keyringKey = loadOrCreateKeyringKey(join(options.dataDir, 'keyring.json'));
  const keyring = keyringIdentityVault(keyringKey);
  const failVault = options.faults?.failVault;
  const vault = failVault ? injectVaultFaults(keyring, failVault) : keyring;
  const complaintsTableName = localTableName(complaintsTable, options.tablePrefix);
  if (options.onCreated) watchCreatedItems(client, complaintsTableName, options.onCreated);
  const auditTableName = localTableName(auditTable, options.tablePrefix);
  const config = appConfigFromEnv(options.env ?? process.env);
  const context: AppContext = {
    config,
    clock: systemClock,
    random: systemRandomness,
    complaints: dynamoComplaintRepository(access, complaintsTableName, auditTableName),
    audit: dynamoAuditLog(access, auditTableName),
    agencies:
      options.agencies ??
      dynamoAgencyRegistry(access, localTableName(agenciesTable, options.tablePrefix), { auditTableName, ...(options.agencyCacheSeconds === undefined ? {} : { cacheSeconds: options.agencyCacheSeconds }) }),
    mailSuppressions: dynamoMailSuppressions(access, localTableName(agenciesTable, options.tablePrefix)),
    // Accounts the local issuer signs in (the local sign-in page lists them).
    staffDirectory: localStaffDirectory(options.dataDir),
    surveys: dynamoSurveyRepository(access, localTableName(surveysTable, options.tablePrefix), systemClock),
    statistics: dynamoStatisticsSource(access, complaintsTableName),
    reportApprovals: dynamoReportApprovals(access, complaintsTableName, auditTableName),
    notificationPreferences: dynamoPreferenceStore(access, complaintsTableName),
    informationCentre: dynamoInformationCentreRepository(access, localTableName(informationCentreTable, options.tablePrefix), auditTableName),
    statsStore: folderObjectStore(localStatsDir(options.dataDir)),
    evidence: (options.evidenceBucket ?? localBucket(localEvidenceDir(options.dataDir))).store,
    sanitise: isolatedSanitiser(),
    vault: options.wrapVault ? options.wrapVault(vault) : vault,
    contactVault: keyringContactVault(keyringKey),
  };
  // Without the audit need there is no audit table to write, as on Lambda (shared/config/aws/dynamodb.ts).
  const withoutAudit: AppContext = {
    ...context,
    complaints: dynamoComplaintRepository(access, complaintsTableName, undefined),
    reportApprovals: dynamoReportApprovals(access, complaintsTableName, undefined),
    informationCentre: dynamoInformationCentreRepository(access, localTableName(informationCentreTable, options.tablePrefix)),
  };
  return { context, contextOf: (owner, needs) => scopeContext(owner, needs, needs.audit ? context : withoutAudit), deliveryLedger: dynamoDeliveryLedger(access, complaintsTableName),
    digestStores: { preferences: context.notificationPreferences, pending: dynamoPendingLines(access, complaintsTableName), openCases: dynamoOpenCases(access, complaintsTableName) },
  };
}

/** Every port of the local stack (the scripts' and benchmarks' context). */
export const localContext = (options: LocalContextOptions): AppContext => localContexts(options).context;
