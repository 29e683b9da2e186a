// Lambda entry of the 'information-centre' group.
import { awsContext } from '../../shared/config/aws-context';
import { dynamoDbWiring } from '../../shared/config/aws/dynamodb';
import { s3Wiring } from '../../shared/config/aws/s3';
import { lambdaForGroup } from '../lambda';
import { informationCentreGroup } from './routes';

export const handler = lambdaForGroup(informationCentreGroup, awsContext(dynamoDbWiring, s3Wiring));
