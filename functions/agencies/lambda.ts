// Lambda entry of the 'agencies' group.
import { awsContext } from '../../shared/config/aws-context';
import { cognitoWiring } from '../../shared/config/aws/cognito';
import { dynamoDbWiring } from '../../shared/config/aws/dynamodb';
import { lambdaForGroup } from '../lambda';
import { agenciesGroup } from './routes';

export const handler = lambdaForGroup(agenciesGroup, awsContext(dynamoDbWiring, cognitoWiring));
