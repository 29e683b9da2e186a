// You are here: `npm run dev-token -- --role officer [--role custodian] [--sub somchai] [--agency bma-health]
// [--unit health-centre-1] [--email somchai@example.org]` (`--role platform-admin` for the registry's routes)
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
    unit: { type: 'string' },
    email: { type: 'string' },
    'lifetime-seconds': { type: 'string', default: String(8 * 60 * 60) },
  },
});

const roles = z.array(z.enum(STAFF_ROLES)).check(z.minLength(1)).safeParse(values.role?.flatMap((role) => role.split(',')) ?? []);
if (!roles.success) {
  console.error(`Usage: npm run dev-token -- --role <${STAFF_ROLES.join('|')}> [--sub <name>] [--agency <id>] [--unit <unitId>] [--email <address>]`);
  process.exit(2);
}
const issuer = await localIssuer(resolve(process.env.LOCAL_DATA_DIR ?? '.local'));
const claims = { sub: values.sub, roles: roles.data, agency: values.agency, ...(values.unit ? { unit: values.unit } : {}), ...(values.email ? { email: values.email } : {}) };
console.log(await issuer.issue(claims, Number(values['lifetime-seconds'])));
