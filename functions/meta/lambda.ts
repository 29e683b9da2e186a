// Lambda entry of the 'meta' group.
import { lambdaForGroup, noAdapters } from '../lambda';
import { metaGroup } from './routes';

export const handler = lambdaForGroup(metaGroup, noAdapters);
