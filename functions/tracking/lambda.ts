// Lambda entry of the 'tracking' group.
import { awsContext } from '../../shared/config/aws-context';
import { dynamoDbWiring } from '../../shared/config/aws/dynamodb';
import { s3Wiring } from '../../shared/config/aws/s3';
import { lambdaForGroup } from '../lambda';
import { trackingGroup } from './routes';

export const handler = lambdaForGroup(trackingGroup, awsContext(dynamoDbWiring, s3Wiring));
