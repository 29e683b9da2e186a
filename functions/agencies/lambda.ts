// Lambda entry of the 'agencies' group.
import { awsContext } from '../../shared/config/aws-context';
import { cognitoWiring } from '../../shared/config/aws/cognito';
import { dynamoDbWiring } from '../../shared/config/aws/dynamodb';
import { s3Wiring } from '../../shared/config/aws/s3';
import { lambdaForGroup } from '../lambda';
import { agenciesGroup } from './routes';

export const handler = lambdaForGroup(agenciesGroup, awsContext(dynamoDbWiring, s3Wiring, cognitoWiring));
