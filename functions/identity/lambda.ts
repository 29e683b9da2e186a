// Lambda entry of the 'identity' group.
import { lambdaForGroup } from '../lambda';
import { identityGroup } from './routes';

export const handler = lambdaForGroup(identityGroup);
