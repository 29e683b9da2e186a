// You are here: the processing of reporters' uploads (functions/evidence/process-upload.ts). Each object
// created under quarantine/ of the evidence bucket reaches the function as an EventBridge "Object
// Created" event. EventBridge rather than a bucket notification: a notification is configured on the
// bucket (stateful stack) and names the function (this stack), a reference cycle between the stacks,
// while the rule lives here and only names the bucket. Retries and dead letters as for every function
// nobody waits for (async-function.ts).
import { Duration } from 'aws-cdk-lib';
import { Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { objectKeys } from '../../shared/domain/evidence';
import { PROCESSING_NEEDS } from '../../functions/event-needs';
import { AsyncFunction, type NeedsGrants } from './async-function';

/**
 * A reporter waits on the page for "received": delivery is retried for an hour at most, and a file
 * still unprocessed then is in the dead-letter queue, where an operator can send it again.
 */
export const PROCESSING_RETRY = { deliveryAttempts: 8, lambdaAttempts: 2, maxEventAge: Duration.hours(1) } as const;

export { PROCESSING_NEEDS } from '../../functions/event-needs';

export interface EvidenceProcessingProps {
  /** The evidence bucket (stateful stack), which sends its events to EventBridge. */
  bucket: IBucket;
  /** The variables every function of the app gets (Api.environment). */
  environment: Record<string, string>;
  grants: NeedsGrants;
  reservedConcurrency: number;
  /** Encrypts the function's log group. */
  logKey?: IKey;
}

export class EvidenceProcessing extends AsyncFunction {
  readonly rule: Rule;

  constructor(scope: Construct, id: string, props: EvidenceProcessingProps) {
    super(scope, id, {
      ...props,
      needs: PROCESSING_NEEDS,
      entry: 'functions/evidence/process-upload.ts',
      description: 'Integrity platform: processing of uploaded evidence files (EventBridge)',
      // Each upload is rebuilt in a worker thread allowed 512 MB of resident memory above the ~150 MB the
      // function itself takes (isolated-sanitiser.ts). Lambda's CPU grows with memory and rendering a page
      // is single-threaded: at 2,048 MB the function has a whole vCPU (reached at 1,769 MB), so a 50-page
      // scan, which takes 8 s on one core of a laptop, stays well inside the worker's 30 s.
      memorySize: 2048,
      // The worker is a bundle of its own, and MuPDF's WebAssembly sits beside it (pixels.ts finds it there).
      beside: { workers: { 'evidence-worker.mjs': 'shared/adapters/system/sanitiser-worker.ts' }, files: ['node_modules/mupdf/dist/mupdf-wasm.wasm'] },
      timeout: Duration.seconds(60),
      retry: PROCESSING_RETRY,
      invokedBy: 'the EventBridge rule on uploads to quarantine/',
    });

    // Only uploads: the cleaned copies the function writes under evidence/ must not wake it again.
    this.rule = new Rule(this, 'Uploaded', {
      description: 'An object was created under quarantine/ of the evidence bucket: process it',
      eventPattern: {
        source: ['aws.s3'],
        detailType: ['Object Created'],
        detail: {
          bucket: { name: [props.bucket.bucketName] },
          object: { key: [{ prefix: objectKeys.quarantinePrefix }] },
        },
      },
    });
    this.rule.addTarget(
      new LambdaFunction(this.function.function, {
        retryAttempts: PROCESSING_RETRY.deliveryAttempts,
        maxEventAge: PROCESSING_RETRY.maxEventAge,
        deadLetterQueue: this.deadLetters,
      }),
    );
  }
}
