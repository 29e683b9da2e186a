// You are here: everything that holds data or could never be rebuilt: the identity key, the table key,
// the tables and the staff user pool (with its sign-in domain, a setting of the pool). Kept apart from
// the stateless stack so that redeploying, renaming or even deleting functions, API or site can never
// touch a record or a key (all of them are RETAIN as well).
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { allTables } from '../../shared/adapters/dynamodb/tables';
import { Data } from '../constructs/data';
import { IdentityKey } from '../constructs/identity-key';
import { StaffDirectory } from '../constructs/staff-directory';

export interface StatefulStackProps extends StackProps {
  stage: string;
  /** Prefix of the staff pool's hosted sign-in domain (config.ts derives it per account and region). */
  authDomainPrefix: string;
}

export class StatefulStack extends Stack {
  readonly identityKey: IdentityKey;
  readonly data: Data;
  readonly staff: StaffDirectory;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, { terminationProtection: true, ...props });

    this.identityKey = new IdentityKey(this, 'IdentityKey', { stage: props.stage });
    this.data = new Data(this, 'Data', { stage: props.stage, tables: allTables });
    this.staff = new StaffDirectory(this, 'Staff', { stage: props.stage, domainPrefix: props.authDomainPrefix });

    for (const [tableId, table] of this.data.tables) {
      new CfnOutput(this, `${tableId}TableName`, {
        value: table.tableName,
        description: `DynamoDB table built from the "${tableId}" table definition`,
      });
    }
    new CfnOutput(this, 'IdentityKeyArn', { value: this.identityKey.key.keyArn, description: 'KMS key sealing reporter identities' });
    new CfnOutput(this, 'StaffUserPoolId', { value: this.staff.userPool.userPoolId, description: 'Cognito user pool of staff' });
    new CfnOutput(this, 'StaffSignInUrl', { value: this.staff.hostedUiUrl, description: "Cognito hosted UI of the staff pool (the pages' sign-in)" });
  }
}
