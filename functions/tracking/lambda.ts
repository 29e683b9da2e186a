// Lambda entry of the 'tracking' group.
import { awsContext } from '../../shared/config/aws-context';
import { lambdaForGroup } from '../lambda';
import { trackingGroup } from './routes';

export const handler = lambdaForGroup(trackingGroup, awsContext);
