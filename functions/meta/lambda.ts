// Lambda entry of the 'meta' group.
import { lambdaForGroup } from '../lambda';
import { metaGroup } from './routes';

export const handler = lambdaForGroup(metaGroup);
