// You are here: `npm run dev-token -- --role officer [--role custodian] [--sub somchai] [--agency bma-health]`
// prints a staff token from the local issuer, and nothing else, so it can go straight into a header.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { STAFF_ROLES } from '../../shared/domain/staff';
import { localIssuer } from './dev-issuer';

const { values } = parseArgs({
  options: {
    role: { type: 'string', multiple: true },
    sub: { type: 'string', default: 'local-staff' },
    agency: { type: 'string', default: 'bma-health' },
    'lifetime-seconds': { type: 'string', default: String(8 * 60 * 60) },
  },
});

const roles = z.array(z.enum(STAFF_ROLES)).check(z.minLength(1)).safeParse(values.role?.flatMap((role) => role.split(',')) ?? []);
if (!roles.success) {
  console.error(`Usage: npm run dev-token -- --role <${STAFF_ROLES.join('|')}> [--sub <name>] [--agency <id>]`);
  process.exit(2);
}
const issuer = await localIssuer(resolve(process.env.LOCAL_DATA_DIR ?? '.local'));
console.log(await issuer.issue({ sub: values.sub, roles: roles.data, agency: values.agency }, Number(values['lifetime-seconds'])));
