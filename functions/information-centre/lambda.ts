// Lambda entry of the 'information-centre' group.
import { lambdaForGroup } from '../lambda';
import { informationCentreGroup } from './routes';

export const handler = lambdaForGroup(informationCentreGroup);
