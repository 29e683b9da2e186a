// Lambda entry of the 'surveys' group.
import { lambdaForGroup } from '../lambda';
import { surveysGroup } from './routes';

export const handler = lambdaForGroup(surveysGroup);
