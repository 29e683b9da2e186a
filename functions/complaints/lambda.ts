// Lambda entry of the 'complaints' group.
import { awsContext } from '../../shared/config/aws-context';
import { lambdaForGroup } from '../lambda';
import { complaintsGroup } from './routes';

export const handler = lambdaForGroup(complaintsGroup, awsContext);
