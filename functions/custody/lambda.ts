// Lambda entry of the 'custody' group.
import { lambdaForGroup } from '../lambda';
import { custodyGroup } from './routes';

export const handler = lambdaForGroup(custodyGroup);
