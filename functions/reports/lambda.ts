// Lambda entry of the 'reports' group.
import { awsContext } from '../../shared/config/aws-context';
import { dynamoDbWiring } from '../../shared/config/aws/dynamodb';
import { s3Wiring } from '../../shared/config/aws/s3';
import { lambdaForGroup } from '../lambda';
import { reportsGroup } from './routes';

export const handler = lambdaForGroup(reportsGroup, awsContext(dynamoDbWiring, s3Wiring));
