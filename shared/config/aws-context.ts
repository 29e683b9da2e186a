// You are here: the wiring of real AWS adapters, from environment variables that CDK sets.
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
import { appConfigFromEnv, parseEnv } from './app-config';
import type { AppContext } from './context';

const awsEnv = z.object({
  COMPLAINTS_TABLE: z.string().check(z.minLength(1)),
  AUDIT_TABLE: z.string().check(z.minLength(1)),
  SURVEYS_TABLE: z.string().check(z.minLength(1)),
  STATS_BUCKET: z.string().check(z.minLength(1)),
  INFORMATION_CENTRE_TABLE: z.string().check(z.minLength(1)),
  IDENTITY_KEY_ARN: z.string().check(z.startsWith('arn:')),
  EVIDENCE_BUCKET: z.string().check(z.minLength(1)),
});

let context: AppContext | undefined;

export function awsContext(): AppContext {
  if (context) return context;
  const env = parseEnv(awsEnv, process.env);
  const access = dynamoAccess(new DynamoDBClient({ maxAttempts: 3 }));
  const s3 = new S3Client({ maxAttempts: 3 });
  context = {
    config: appConfigFromEnv(process.env),
    clock: systemClock,
    random: systemRandomness,
    complaints: dynamoComplaintRepository(access, env.COMPLAINTS_TABLE, env.AUDIT_TABLE),
    audit: dynamoAuditLog(access, env.AUDIT_TABLE),
    surveys: dynamoSurveyRepository(access, env.SURVEYS_TABLE),
    statistics: dynamoStatisticsSource(access, env.COMPLAINTS_TABLE),
    informationCentre: dynamoInformationCentreRepository(access, env.INFORMATION_CENTRE_TABLE),
    // CloudFront serves /stats/* from this prefix, so the publication's grant covers only stats/*.
    statsStore: s3ObjectStore(s3, env.STATS_BUCKET, 'stats/'),
    evidence: s3EvidenceStore(s3, env.EVIDENCE_BUCKET),
    sanitise: isolatedSanitiser(),
    vault: kmsIdentityVault(new KMSClient({ maxAttempts: 3 }), env.IDENTITY_KEY_ARN),
  };
  return context;
}
