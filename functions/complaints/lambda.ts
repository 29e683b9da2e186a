// Lambda entry of the 'complaints' group.
import { lambdaForGroup } from '../lambda';
import { complaintsGroup } from './routes';

export const handler = lambdaForGroup(complaintsGroup);
