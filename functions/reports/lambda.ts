// Lambda entry of the 'reports' group.
import { awsContext } from '../../shared/config/aws-context';
import { dynamoDbWiring } from '../../shared/config/aws/dynamodb';
import { lambdaForGroup } from '../lambda';
import { reportsGroup } from './routes';

export const handler = lambdaForGroup(reportsGroup, awsContext(dynamoDbWiring));
