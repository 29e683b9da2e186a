// Lambda entry of the 'cases' group.
import { lambdaForGroup } from '../lambda';
import { casesGroup } from './routes';

export const handler = lambdaForGroup(casesGroup);
