// Lambda entry of the 'tracking' group.
import { lambdaForGroup } from '../lambda';
import { trackingGroup } from './routes';

export const handler = lambdaForGroup(trackingGroup);
