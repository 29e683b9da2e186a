// You are here: what every customer-managed KMS key of this app is, written once for the identity,
// table, log, alarm and evidence keys (docs/architecture.md: keys are retained).
import { Duration, RemovalPolicy } from 'aws-cdk-lib';

/**
 * Rotated yearly, never deleted with its stack, and with the longest window to cancel a scheduled
 * deletion: what a key encrypted cannot be read without it.
 */
export const RETAINED_KEY_DEFAULTS = {
  enableKeyRotation: true,
  removalPolicy: RemovalPolicy.RETAIN,
  pendingWindow: Duration.days(30),
} as const;

/** One alias per key and stage: `alias/integrity-platform/<stage>/<name>`. */
export const keyAlias = (stage: string, name: string) => `alias/integrity-platform/${stage}/${name}`;
