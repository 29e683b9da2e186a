// Lambda entry of the 'agencies' group.
import { awsContext } from '../../shared/config/aws-context';
import { lambdaForGroup } from '../lambda';
import { agenciesGroup } from './routes';

export const handler = lambdaForGroup(agenciesGroup, awsContext);
