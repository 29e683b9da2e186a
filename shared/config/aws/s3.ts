// You are here: the S3 client and the stores on it, for a Lambda entry whose needs name a bucket
// (shared/config/aws-wiring.ts). The processing of uploads also gets the sanitiser, which rebuilds
// what it reads from the evidence bucket.
import { S3Client } from '@aws-sdk/client-s3';
import { s3ObjectStore } from '../../adapters/object-stores';
import { s3EvidenceStore } from '../../adapters/s3/evidence-store';
import { isolatedSanitiser } from '../../adapters/system/isolated-sanitiser';
import type { AwsWiring } from '../aws-wiring';

export const s3Wiring: AwsWiring = {
  client: 's3',
  ports(needs, env) {
    const s3 = new S3Client({ maxAttempts: 3 });
    return {
      // CloudFront serves /stats/* from this prefix, so the publication's grant covers only stats/*.
      ...(needs.statsBucket ? { statsStore: s3ObjectStore(s3, env.STATS_BUCKET!, 'stats/') } : {}),
      ...(needs.evidence ? { evidence: s3EvidenceStore(s3, env.EVIDENCE_BUCKET!) } : {}),
      ...(needs.evidence === 'process' ? { sanitise: isolatedSanitiser() } : {}),
    };
  },
};
