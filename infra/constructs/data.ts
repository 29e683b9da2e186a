// You are here: the DynamoDB tables, built from the one table definition the local stack also uses
// (shared/adapters/dynamodb/tables.ts), and the only place that decides what a read or a write grant is.
import { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  Billing,
  ProjectionType,
  StreamViewType,
  TableEncryptionV2,
  TableV2,
  type Attribute,
} from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { KeyAttribute, TableDefinition } from '../../shared/adapters/dynamodb/tables';
import { RETAINED_KEY_DEFAULTS, keyAlias } from './keys';

/**
 * The table access levels a function's needs may name; 'append-read' is for the append-only audit log,
 * 'read-write-delete' for the retention schedule alone (no route group can name it).
 */
export type TableAccess = 'read' | 'read-write' | 'append-read' | 'read-write-delete';
export const TABLE_ACCESS_LEVELS: readonly TableAccess[] = ['read', 'read-write', 'append-read', 'read-write-delete'];

// No Scan, DeleteItem or BatchWriteItem: the repositories query by key, complaints and audit entries
// are never deleted by the route groups, and expired lockout records are removed by DynamoDB's TTL.
const READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'];
const READ_WRITE_ACTIONS = [...READ_ACTIONS, 'dynamodb:PutItem', 'dynamodb:UpdateItem'];
const ITEM_ACTIONS: Record<TableAccess, string[]> = {
  read: READ_ACTIONS,
  'read-write': READ_WRITE_ACTIONS,
  // Put only, never update: an entry, once written, cannot be changed. (Overwriting with a new put is
  // refused by the adapter's attribute_not_exists condition; IAM cannot express that condition.)
  'append-read': [...READ_ACTIONS, 'dynamodb:PutItem'],
  // Destroying a case deletes the items of its partition 25 at a time with BatchWriteItem, the one
  // action IAM checks for a batch; DeleteItem itself is never called.
  'read-write-delete': [...READ_WRITE_ACTIONS, 'dynamodb:BatchWriteItem'],
};
const INDEX_ACTIONS = ['dynamodb:Query'];

/** The environment variable that carries a table's name to the functions: Complaints → COMPLAINTS_TABLE. */
export const tableVariable = (id: string) => `${id.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}_TABLE`;

// DynamoDB uses the table key on the caller's behalf; kms:ViaService keeps these permissions usable
// through DynamoDB only, so a role that reads the table cannot decrypt anything with the key directly.
const TABLE_KEY_READ_ACTIONS = ['kms:Decrypt', 'kms:DescribeKey'];
const TABLE_KEY_WRITE_ACTIONS = ['kms:Encrypt', 'kms:GenerateDataKey'];

const attributeTypes: Record<KeyAttribute['type'], AttributeType> = {
  S: AttributeType.STRING,
  N: AttributeType.NUMBER,
  B: AttributeType.BINARY,
};

const attribute = (key: KeyAttribute): Attribute => ({ name: key.name, type: attributeTypes[key.type] });

export interface DataProps {
  stage: string;
  tables: readonly TableDefinition[];
}

interface BuiltTable {
  definition: TableDefinition;
  table: TableV2;
}

export class Data extends Construct {
  /**
   * Encrypts the tables at rest. Separate from the identity key on purpose: every function that
   * touches the table needs this key through DynamoDB, and none of them should thereby be able to
   * use the identity key.
   */
  readonly tableKey: Key;
  private readonly built = new Map<string, BuiltTable>();

  constructor(scope: Construct, id: string, props: DataProps) {
    super(scope, id);
    this.tableKey = new Key(this, 'TableKey', {
      description: `Encrypts the DynamoDB tables of the integrity platform (${props.stage}) at rest`,
      alias: keyAlias(props.stage, 'tables'),
      ...RETAINED_KEY_DEFAULTS,
    });

    for (const definition of props.tables) {
      const table = new TableV2(this, definition.id, {
        partitionKey: attribute(definition.partitionKey),
        ...(definition.sortKey ? { sortKey: attribute(definition.sortKey) } : {}),
        billing: Billing.onDemand(),
        pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
        deletionProtection: true,
        encryption: TableEncryptionV2.customerManagedKey(this.tableKey),
        removalPolicy: RemovalPolicy.RETAIN,
        ...(definition.timeToLiveAttribute ? { timeToLiveAttribute: definition.timeToLiveAttribute } : {}),
        ...(definition.stream ? { dynamoStream: StreamViewType.NEW_AND_OLD_IMAGES } : {}),
        globalSecondaryIndexes: definition.globalIndexes.map((index) => ({
          indexName: index.name,
          partitionKey: attribute(index.partitionKey),
          ...(index.sortKey ? { sortKey: attribute(index.sortKey) } : {}),
          ...(index.projectedAttributes.length > 0
            ? { projectionType: ProjectionType.INCLUDE, nonKeyAttributes: index.projectedAttributes }
            : { projectionType: ProjectionType.KEYS_ONLY }),
        })),
      });
      this.built.set(definition.id, { definition, table });
    }
  }

  /** The table built from the definition with this id. */
  table(id: string): TableV2 {
    return this.lookup(id).table;
  }

  /** Each table's name under its environment variable (COMPLAINTS_TABLE, …). */
  get environment(): Record<string, string> {
    return Object.fromEntries([...this.built].map(([id, { table }]) => [tableVariable(id), table.tableName]));
  }

  /** All tables, by definition id. */
  get tables(): ReadonlyMap<string, TableV2> {
    return new Map([...this.built].map(([id, { table }]) => [id, table]));
  }

  /**
   * Grants item-level access to one table: named actions on the table and on each of its indexes by
   * name (no `index/*` wildcard), plus the table key through DynamoDB only.
   */
  grant(id: string, grantee: IGrantable, access: TableAccess): void {
    const { definition, table } = this.lookup(id);
    const principal = grantee.grantPrincipal;
    principal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ITEM_ACTIONS[access],
        resources: [table.tableArn],
      }),
    );
    if (definition.globalIndexes.length > 0) {
      principal.addToPrincipalPolicy(
        new PolicyStatement({
          actions: INDEX_ACTIONS,
          resources: definition.globalIndexes.map((index) => `${table.tableArn}/index/${index.name}`),
        }),
      );
    }
    principal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: access === 'read' ? TABLE_KEY_READ_ACTIONS : [...TABLE_KEY_READ_ACTIONS, ...TABLE_KEY_WRITE_ACTIONS],
        resources: [this.tableKey.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${table.stack.region}.amazonaws.com` } },
      }),
    );
  }

  private lookup(id: string): BuiltTable {
    const found = this.built.get(id);
    if (!found) throw new Error(`No table "${id}" in the table definitions`);
    return found;
  }
}
