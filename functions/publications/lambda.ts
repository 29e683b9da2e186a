// Lambda entry of the 'publications' group (the HTTP route; the schedule's entry is scheduled.ts).
import { lambdaForGroup } from '../lambda';
import { publicationsGroup } from './routes';

export const handler = lambdaForGroup(publicationsGroup);
