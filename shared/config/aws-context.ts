// You are here: the wiring of real AWS adapters, from environment variables that CDK sets. Only what
// the function's needs declare is wired (shared/config/needs.ts): its variables are checked at cold
// start, its SDK clients created, and every other port of the context throws UndeclaredNeedError.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import { S3Client } from '@aws-sdk/client-s3';
import * as z from 'zod/mini';
import { dynamoAccess } from '../adapters/dynamodb/client';
import { dynamoAuditLog } from '../adapters/dynamodb/audit-log';
import { dynamoComplaintRepository } from '../adapters/dynamodb/complaint-repository';
import { dynamoSurveyRepository } from '../adapters/dynamodb/survey-repository';
import { dynamoInformationCentreRepository } from '../adapters/dynamodb/information-centre-repository';
import { dynamoStatisticsSource } from '../adapters/dynamodb/statistics-source';
import { s3ObjectStore } from '../adapters/object-stores';
import { s3EvidenceStore } from '../adapters/s3/evidence-store';
import { isolatedSanitiser } from '../adapters/system/isolated-sanitiser';
import { kmsIdentityVault } from '../adapters/kms/kms-identity-vault';
import { systemClock, systemRandomness } from '../adapters/system/system';
import { memoryAgencyRegistry } from '../adapters/memory/memory-agency-registry';
import { appConfigFromEnv, parseEnv } from './app-config';
import type { AppContext } from './context';
import { NEED_VARIABLES } from './need-variables';
import { scopeContext, type FunctionNeeds } from './needs';

/** By owner: one per container on Lambda, where a function is one owner; tests may build several. */
const contexts = new Map<string, AppContext>();

/**
 * The context of a function that declares `needs`, built once per container on the first invoke. A
 * missing variable of a declared need fails that invoke loudly; an SDK client is created only when a
 * declared need uses it.
 */
export function awsContext(owner: string, needs: FunctionNeeds): AppContext {
  const built = contexts.get(owner);
  if (built) return built;
  const shape = Object.assign({}, ...(Object.keys(NEED_VARIABLES) as (keyof FunctionNeeds)[]).filter((need) => needs[need] !== undefined).map((need) => NEED_VARIABLES[need]));
  const env = parseEnv(z.object(shape), process.env) as Record<string, string>;
  const tables = needs.complaints || needs.audit || needs.surveys || needs.informationCentre;
  const access = tables ? dynamoAccess(new DynamoDBClient({ maxAttempts: 3 })) : undefined;
  const s3 = needs.statsBucket || needs.evidence ? new S3Client({ maxAttempts: 3 }) : undefined;
  // Only the declared ports are ever read: scopeContext throws for the others before reaching these.
  const config = appConfigFromEnv(process.env);
  const full = {
    config,
    // The deployment's agencies as the settings name them, until the registry's table and its
    // DynamoDB adapter take their place behind the same port.
    ...(needs.agencies ? { agencies: memoryAgencyRegistry(config.agencies) } : {}),
    clock: systemClock,
    random: systemRandomness,
    ...(access && needs.complaints
      ? {
          // A case write and its audit entry are one transaction: without the audit need there is no audit table to write.
          complaints: dynamoComplaintRepository(access, env.COMPLAINTS_TABLE!, env.AUDIT_TABLE),
          statistics: dynamoStatisticsSource(access, env.COMPLAINTS_TABLE!),
        }
      : {}),
    ...(access && needs.audit ? { audit: dynamoAuditLog(access, env.AUDIT_TABLE!) } : {}),
    ...(access && needs.surveys ? { surveys: dynamoSurveyRepository(access, env.SURVEYS_TABLE!) } : {}),
    ...(access && needs.informationCentre ? { informationCentre: dynamoInformationCentreRepository(access, env.INFORMATION_CENTRE_TABLE!) } : {}),
    // CloudFront serves /stats/* from this prefix, so the publication's grant covers only stats/*.
    ...(s3 && needs.statsBucket ? { statsStore: s3ObjectStore(s3, env.STATS_BUCKET!, 'stats/') } : {}),
    ...(s3 && needs.evidence ? { evidence: s3EvidenceStore(s3, env.EVIDENCE_BUCKET!) } : {}),
    ...(needs.evidence === 'process' ? { sanitise: isolatedSanitiser() } : {}),
    ...(needs.identityKey ? { vault: kmsIdentityVault(new KMSClient({ maxAttempts: 3 }), env.IDENTITY_KEY_ARN!) } : {}),
  } as AppContext;
  const context = scopeContext(owner, needs, full);
  contexts.set(owner, context);
  return context;
}
