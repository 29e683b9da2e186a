// You are here: the DynamoDB client and the repositories on it, for a Lambda entry whose needs name a
// table (shared/config/aws-wiring.ts). Only the declared tables get an adapter.
import { systemClock } from '../../adapters/system/system';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { dynamoAgencyRegistry } from '../../adapters/dynamodb/agency-registry';
import { dynamoAuditLog } from '../../adapters/dynamodb/audit-log';
import { dynamoAccess } from '../../adapters/dynamodb/client';
import { dynamoComplaintRepository } from '../../adapters/dynamodb/complaint-repository';
import { dynamoPreferenceStore } from '../../adapters/dynamodb/digest-stores';
import { dynamoMailSuppressions } from '../../adapters/dynamodb/mail-suppressions';
import { dynamoInformationCentreRepository } from '../../adapters/dynamodb/information-centre-repository';
import { dynamoStatisticsSource } from '../../adapters/dynamodb/statistics-source';
import { dynamoReportApprovals } from '../../adapters/dynamodb/report-approvals';
import { dynamoSurveyRepository } from '../../adapters/dynamodb/survey-repository';
import type { AwsWiring } from '../aws-wiring';

export const dynamoDbWiring: AwsWiring = {
  client: 'dynamodb',
  ports(needs, env) {
    const access = dynamoAccess(new DynamoDBClient({ maxAttempts: 3 }));
    return {
      ...(needs.complaints
        ? {
            // A case write and its audit entry are one transaction: without the audit need there is no audit table to write.
            complaints: dynamoComplaintRepository(access, env.COMPLAINTS_TABLE!, needs.audit ? env.AUDIT_TABLE : undefined),
            statistics: dynamoStatisticsSource(access, env.COMPLAINTS_TABLE!),
            reportApprovals: dynamoReportApprovals(access, env.COMPLAINTS_TABLE!, needs.audit ? env.AUDIT_TABLE : undefined),
            notificationPreferences: dynamoPreferenceStore(access, env.COMPLAINTS_TABLE!),
          }
        : {}),
      ...(needs.audit ? { audit: dynamoAuditLog(access, env.AUDIT_TABLE!) } : {}),
      // Cached per container for a minute (AGENCY_CACHE_SECONDS): a warm function reads an agency once.
      // A registry change and its audit entry are one transaction, so the audit table comes with the audit need.
      ...(needs.agencies ? { agencies: dynamoAgencyRegistry(access, env.AGENCIES_TABLE!, needs.audit ? { auditTableName: env.AUDIT_TABLE! } : {}) } : {}),
      ...(needs.agencies ? { mailSuppressions: dynamoMailSuppressions(access, env.AGENCIES_TABLE!) } : {}),
      ...(needs.surveys ? { surveys: dynamoSurveyRepository(access, env.SURVEYS_TABLE!, systemClock) } : {}),
      // The disclosure register's writes carry their audit entry, so the audit table comes with the audit need.
      ...(needs.informationCentre ? { informationCentre: dynamoInformationCentreRepository(access, env.INFORMATION_CENTRE_TABLE!, needs.audit ? env.AUDIT_TABLE : undefined) } : {}),
    };
  },
};
