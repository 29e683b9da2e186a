// Lambda entry of the 'cases' group.
import { awsContext } from '../../shared/config/aws-context';
import { lambdaForGroup } from '../lambda';
import { casesGroup } from './routes';

export const handler = lambdaForGroup(casesGroup, awsContext);
