// Small readers over synthesized CloudFormation templates, shared by the infra tests.
import { Template } from 'aws-cdk-lib/assertions';
import { createApp, type IntegrityApp } from '../../infra/app';

export interface CfnResource {
  Type: string;
  Properties?: Record<string, any>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
}

export interface Statement {
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

export const resourcesOf = (template: Template, type: string): [string, CfnResource][] =>
  Object.entries(template.findResources(type)) as [string, CfnResource][];

export const actionsOf = (statement: Statement): string[] => [statement.Action].flat();

/** True if the value (a Ref, GetAtt, ImportValue of an export named after it, …) mentions the logical id. */
export const refersTo = (value: unknown, logicalId: string): boolean => JSON.stringify(value ?? null).includes(`${logicalId}`);

/** Every statement of every IAM policy attached to the role, and the role's managed policies. */
export function permissionsOf(template: Template, roleLogicalId: string) {
  const role = template.toJSON().Resources[roleLogicalId] as CfnResource | undefined;
  if (!role || role.Type !== 'AWS::IAM::Role') throw new Error(`${roleLogicalId} is not a role in this template`);
  const statements: Statement[] = [
    ...(role.Properties?.Policies ?? []).flatMap((policy: any) => policy.PolicyDocument.Statement),
  ];
  for (const [, policy] of resourcesOf(template, 'AWS::IAM::Policy')) {
    const roles: unknown[] = policy.Properties?.Roles ?? [];
    if (roles.some((entry) => refersTo(entry, roleLogicalId))) statements.push(...policy.Properties!.PolicyDocument.Statement);
  }
  return { statements, managedPolicies: (role.Properties?.ManagedPolicyArns ?? []) as unknown[] };
}

/**
 * A CloudFormation string expression (a literal, Ref, GetAtt, ImportValue or an Fn::Join of them) as
 * readable text with placeholders, free of spaces, for what is only known at deploy time: `{Ref:X}`,
 * `{X.Attr}`, `{Import:name}`. Enough to read a policy or URL that mixes literals and tokens.
 */
export function flattenString(value: unknown): string {
  if (typeof value === 'string') return value;
  const expression = value as Record<string, any>;
  if (expression?.Ref) return `{Ref:${expression.Ref}}`;
  if (expression?.['Fn::GetAtt']) return `{${[expression['Fn::GetAtt']].flat().join('.')}}`;
  if (expression?.['Fn::ImportValue']) return `{Import:${flattenString(expression['Fn::ImportValue'])}}`;
  if (expression?.['Fn::Join']) {
    const [separator, parts] = expression['Fn::Join'] as [string, unknown[]];
    return parts.map(flattenString).join(separator);
  }
  throw new Error(`Not a string expression: ${JSON.stringify(value)}`);
}

/** The directives of a Content-Security-Policy, each with its sources. */
export const cspDirectives = (policy: string): Map<string, string[]> =>
  new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );

/** Assertions read templates, not code: synth skips bundling. */
export const NO_BUNDLING = { 'aws:cdk:bundling-stacks': [] };

/** The app synthesized without bundling or cdk-nag, and its two stacks' templates. */
export function synthesizedApp(context: Record<string, unknown> = {}): { built: IntegrityApp; stateful: Template; stateless: Template } {
  const built = createApp({ nag: false, context: { ...NO_BUNDLING, ...context } });
  return { built, stateful: Template.fromStack(built.stateful), stateless: Template.fromStack(built.stateless) };
}
