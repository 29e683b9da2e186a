// Lambda entry of the 'identity' group.
import { awsContext } from '../../shared/config/aws-context';
import { lambdaForGroup } from '../lambda';
import { identityGroup } from './routes';

export const handler = lambdaForGroup(identityGroup, awsContext);
