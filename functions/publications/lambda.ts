// Lambda entry of the 'publications' group (the HTTP route; the schedule's entry is scheduled.ts).
import { awsContext } from '../../shared/config/aws-context';
import { dynamoDbWiring } from '../../shared/config/aws/dynamodb';
import { s3Wiring } from '../../shared/config/aws/s3';
import { lambdaForGroup } from '../lambda';
import { publicationsGroup } from './routes';

export const handler = lambdaForGroup(publicationsGroup, awsContext(dynamoDbWiring, s3Wiring));
