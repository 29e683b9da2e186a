// Lambda entry of the 'surveys' group.
import { awsContext } from '../../shared/config/aws-context';
import { dynamoDbWiring } from '../../shared/config/aws/dynamodb';
import { lambdaForGroup } from '../lambda';
import { surveysGroup } from './routes';

export const handler = lambdaForGroup(surveysGroup, awsContext(dynamoDbWiring));
