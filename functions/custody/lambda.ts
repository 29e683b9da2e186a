// Lambda entry of the 'custody' group.
import { awsContext } from '../../shared/config/aws-context';
import { lambdaForGroup } from '../lambda';
import { custodyGroup } from './routes';

export const handler = lambdaForGroup(custodyGroup, awsContext);
