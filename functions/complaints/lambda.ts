// Lambda entry of the 'complaints' group.
import { awsContext } from '../../shared/config/aws-context';
import { dynamoDbWiring } from '../../shared/config/aws/dynamodb';
import { kmsWiring } from '../../shared/config/aws/kms';
import { lambdaForGroup } from '../lambda';
import { complaintsGroup } from './routes';

export const handler = lambdaForGroup(complaintsGroup, awsContext(dynamoDbWiring, kmsWiring));
