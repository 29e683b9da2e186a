// Lambda entry of the 'identity' group.
import { awsContext } from '../../shared/config/aws-context';
import { dynamoDbWiring } from '../../shared/config/aws/dynamodb';
import { kmsWiring } from '../../shared/config/aws/kms';
import { lambdaForGroup } from '../lambda';
import { identityGroup } from './routes';

export const handler = lambdaForGroup(identityGroup, awsContext(dynamoDbWiring, kmsWiring));
