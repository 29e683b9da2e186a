// You are here: the one way this project makes a Lambda function. Runtime, architecture, logging and
// bundling are fixed here once, so every route group's function is built and observed the same way.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Charset, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The newest Node.js LTS Lambda offers; cdk-nag (AwsSolutions-L1) checks it stays the newest. */
export const FUNCTION_RUNTIME = Runtime.NODEJS_24_X;

/** Long enough to investigate an incident reported a quarter later; the lines hold no personal data. */
export const LOG_RETENTION = RetentionDays.THREE_MONTHS;

// The bundle is ESM (.mjs). CommonJS code bundled into it may still call require() for Node built-ins,
// which an ES module does not have; this banner provides it.
const ESM_REQUIRE_BANNER = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

export interface AppFunctionProps {
  /** The module exporting `handler`, relative to the repository root. */
  entry: string;
  description: string;
  environment: Record<string, string>;
  /** @default 512 MB: KMS and DynamoDB calls dominate, and more memory means more CPU for cold starts. */
  memorySize?: number;
  /** @default 10 s, well under API Gateway's 30 s integration limit, so API Gateway never times out first. */
  timeout?: Duration;
  /**
   * Concurrent executions reserved for, and the most allowed to, this function: what it can draw from
   * DynamoDB and KMS at once is bounded, and a flood on one route cannot starve the others.
   */
  reservedConcurrentExecutions: number;
  /** Encrypts the function's log group (the stateful stack's log key). */
  logKey?: IKey;
  /** A fixed path and name for the role, when another stack's policy must name it before it exists. */
  roleName?: { path: string; roleName: string };
  /** Files the code needs beside its bundle: other bundles it starts as worker threads, assets it reads. */
  beside?: { workers?: Record<string, string>; files?: string[] };
}

/**
 * Shell commands that put the extra files beside the bundle: each worker (output name → entry, both
 * relative) bundled with the same settings as the function, each file (relative to the repository) copied.
 */
function besideCommands(beside: NonNullable<AppFunctionProps['beside']>, inputDir: string, outputDir: string): string[] {
  const quote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;
  const workers = Object.entries(beside.workers ?? {}).map(([outfile, entry]) =>
    [
      quote(join(inputDir, 'node_modules', '.bin', 'esbuild')), quote(join(inputDir, entry)),
      '--bundle', '--minify', '--platform=node', '--format=esm', '--target=node22', '--main-fields=module,main', '--charset=utf8', '--log-level=warning',
      quote(`--banner:js=${ESM_REQUIRE_BANNER}`), quote(`--outfile=${join(outputDir, outfile)}`),
    ].join(' '),
  );
  const files = (beside.files ?? []).map((file) => `cp ${quote(join(inputDir, file))} ${quote(outputDir)}`);
  return [...workers, ...files];
}

export class AppFunction extends Construct {
  readonly function: NodejsFunction;
  /** Starts with permission to write its own log group only; capabilities add grants to it. */
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: AppFunctionProps) {
    super(scope, id);

    this.logGroup = new LogGroup(this, 'Logs', {
      retention: LOG_RETENTION,
      ...(props.logKey ? { encryptionKey: props.logKey } : {}),
    });

    // An own role instead of AWSLambdaBasicExecutionRole: that managed policy may write to any log
    // group in the account, this role only to the function's own.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: props.description,
      ...(props.roleName ?? {}),
    });
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: join(REPO_ROOT, props.entry),
      handler: 'handler',
      description: props.description,
      runtime: FUNCTION_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      role: this.role,
      logGroup: this.logGroup,
      environment: props.environment,
      projectRoot: REPO_ROOT,
      depsLockFilePath: join(REPO_ROOT, 'package-lock.json'),
      bundling: {
        format: OutputFormat.ESM,
        mainFields: ['module', 'main'],
        banner: ESM_REQUIRE_BANNER,
        minify: true,
        sourceMap: false,
        charset: Charset.UTF8,
        // The AWS SDK is bundled and tree-shaken, not taken from the runtime: the code runs with the
        // exact SDK versions package-lock.json pins and tests ran against, and one small file loads
        // faster on a cold start than the runtime's full SDK packages.
        bundleAwsSDK: true,
        externalModules: [],
        // Local esbuild (a devDependency): synth needs no Docker.
        forceDockerBundling: false,
        ...(props.beside
          ? {
              commandHooks: {
                beforeBundling: () => [],
                beforeInstall: () => [],
                afterBundling: (inputDir: string, outputDir: string) => besideCommands(props.beside!, inputDir, outputDir),
              },
            }
          : {}),
      },
    });
    acknowledgeFunctionFindings(this.function, this.role);
  }
}

/** Reasons that hold for every function this construct makes, whichever route group it serves. */
function acknowledgeFunctionFindings(fn: NodejsFunction, role: Role) {
  Validations.of(fn).acknowledge({
    id: 'NIST.800.53.R5-LambdaInsideVPC',
    reason:
      'Nothing private to reach: the function calls DynamoDB, KMS and S3 through their public, IAM-authorized, TLS endpoints ' +
      'only. A VPC would need NAT gateways or interface endpoints (a fixed monthly cost per AZ) and add cold-start ' +
      'latency, without narrowing what the function can reach.',
  });
  Validations.of(fn).acknowledge({
    id: 'Serverless-LambdaTracing',
    reason:
      'X-Ray is off: HTTP APIs pass no trace context, so traces would start at the function, and the X-Ray actions ' +
      'admit no resource, so every role would need Resource::*. Each request is followed instead by the API ' +
      'Gateway request id in the access log and in the function log.',
  });
  Validations.of(role).acknowledge({
    id: 'NIST.800.53.R5-IAMNoInlinePolicy',
    reason:
      "The role's policy is made for this one function by its route group's needs, and is created and deleted with it. " +
      'A customer managed policy could be attached to another role by mistake and would be versioned apart, ' +
      'without granting any less.',
  });
}
