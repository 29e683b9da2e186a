// Lambda entry of the 'custody' group.
import { awsContext } from '../../shared/config/aws-context';
import { dynamoDbWiring } from '../../shared/config/aws/dynamodb';
import { kmsWiring } from '../../shared/config/aws/kms';
import { s3Wiring } from '../../shared/config/aws/s3';
import { lambdaForGroup } from '../lambda';
import { custodyGroup } from './routes';

export const handler = lambdaForGroup(custodyGroup, awsContext(dynamoDbWiring, kmsWiring, s3Wiring));
