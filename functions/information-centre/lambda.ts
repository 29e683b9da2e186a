// Lambda entry of the 'information-centre' group.
import { awsContext } from '../../shared/config/aws-context';
import { lambdaForGroup } from '../lambda';
import { informationCentreGroup } from './routes';

export const handler = lambdaForGroup(informationCentreGroup, awsContext);
