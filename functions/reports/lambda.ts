// Lambda entry of the 'reports' group.
import { lambdaForGroup } from '../lambda';
import { reportsGroup } from './routes';

export const handler = lambdaForGroup(reportsGroup);
