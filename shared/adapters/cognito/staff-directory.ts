// You are here: the StaffDirectory on Cognito. An account is created by the server (AdminCreateUser:
// Cognito e-mails a temporary password), with `custom:agency` and `custom:unit` set here and nowhere
// else (the app client cannot write them), and added to one group per role and to its agency's group.
//
// Why a group per agency (`agency:{id}`): an agency's admin lists its staff a page at a time, and
// each page must cost the same however many agencies and members the pool holds. Cognito's ListUsers
// filters on standard attributes only (custom attributes such as custom:agency are not searchable),
// and reading the role groups and keeping an agency's members reads the whole pool's staff on every
// list. ListUsersInGroup on the agency's own group reads only its members, page by page with Cognito's
// NextToken (the API's `cursor`); each member's roles are one AdminListGroupsForUser. A page of 25
// accounts is therefore 1 + 25 Cognito reads whatever the pool's size. The group is created with the
// agency's first account (CreateGroup; one already there is fine). Its name cannot be taken for a
// role: roles are read from cognito:groups by name (shared/http/staff-claims.ts) and no role has the
// prefix. Cognito allows 10,000 groups per pool by default: room for the 7,850 local administrative
// organisations and the role groups; a larger deployment asks AWS to raise the quota.
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminListGroupsForUserCommand,
  CreateGroupCommand,
  ListUsersCommand,
  ListUsersInGroupCommand,
  type AttributeType,
  type CognitoIdentityProviderClient,
  type UserType,
} from '@aws-sdk/client-cognito-identity-provider';
import { ConflictError, DependencyUnavailableError, ValidationError } from '../../domain/errors';
import { STAFF_ROLES, type StaffRole } from '../../domain/staff';
import { STAFF_PAGE_SIZE, type StaffAccount, type StaffDirectory } from '../../domain/staff-directory';

/** The group every account of an agency belongs to, which its staff list reads. */
export const agencyGroup = (agency: string) => `agency:${agency}`;

/** How many members' roles are asked for at once: a page's reads, spread under Cognito's request rate. */
const ROLE_READS_AT_ONCE = 5;

const attribute = (attributes: AttributeType[] | undefined, name: string) => attributes?.find((candidate) => candidate.Name === name)?.Value;

const statusOf = (user: UserType): StaffAccount['status'] => (user.Enabled === false ? 'disabled' : user.UserStatus === 'FORCE_CHANGE_PASSWORD' ? 'invited' : 'active');

function accountOf(user: UserType, roles: StaffRole[]): StaffAccount {
  const attributes = user.Attributes;
  const unit = attribute(attributes, 'custom:unit');
  return {
    id: attribute(attributes, 'sub') ?? user.Username ?? '',
    email: attribute(attributes, 'email') ?? '',
    name: attribute(attributes, 'name') ?? '',
    agency: attribute(attributes, 'custom:agency') ?? '',
    ...(unit ? { unit } : {}),
    roles,
    status: statusOf(user),
    createdAt: (user.UserCreateDate ?? new Date(0)).toISOString(),
  };
}

/** Sends a request; `expected` answers the errors the caller has a meaning for (by name), anything else is Cognito being unavailable. */
async function cognito<T>(send: () => Promise<T>, expected: Record<string, () => T> = {}): Promise<T> {
  try {
    return await send();
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'UsernameExistsException') throw new ConflictError('A staff account with this e-mail address exists', 'staff-exists');
    const answer = expected[name];
    if (answer) return answer();
    throw new DependencyUnavailableError('Cognito', { cause: error });
  }
}

export function cognitoStaffDirectory(client: CognitoIdentityProviderClient, userPoolId: string): StaffDirectory {
  /** A member's roles: the role groups among its groups (a member has at most a handful, one request). */
  async function rolesOf(user: UserType): Promise<StaffRole[]> {
    const { Groups: groups = [] } = await cognito(() => client.send(new AdminListGroupsForUserCommand({ UserPoolId: userPoolId, Username: user.Username ?? '', Limit: 60 })));
    const names = new Set(groups.map((group) => group.GroupName));
    return STAFF_ROLES.filter((role) => names.has(role));
  }

  return {
    async create(account) {
      // The agency's group first: its first account makes it, later ones find it there.
      const group = agencyGroup(account.agency);
      await cognito(
        () => client.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: group, Description: `Staff of ${account.agency}: the staff list reads this group` })),
        { GroupExistsException: () => undefined },
      );
      const { User: user } = await cognito(() =>
        client.send(
          new AdminCreateUserCommand({
            UserPoolId: userPoolId,
            // The pool signs in by e-mail (an alias), so the user name is the address itself.
            Username: account.email,
            UserAttributes: [
              { Name: 'email', Value: account.email },
              { Name: 'email_verified', Value: 'true' },
              { Name: 'name', Value: account.name },
              { Name: 'custom:agency', Value: account.agency },
              ...(account.unit ? [{ Name: 'custom:unit', Value: account.unit }] : []),
            ],
            DesiredDeliveryMediums: ['EMAIL'],
          }),
        ),
      );
      if (!user) throw new DependencyUnavailableError('Cognito');
      // The agency's group before any role, so an account that can do anything is on its agency's list.
      // A failure part-way leaves an account with fewer roles, never more; an admin adds the rest by retrying.
      for (const groupName of [group, ...account.roles]) {
        await cognito(() => client.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: user.Username ?? account.email, GroupName: groupName })));
      }
      return accountOf(user, [...account.roles]);
    },

    async list(agency, page = {}) {
      const listed = await cognito(
        () => client.send(new ListUsersInGroupCommand({ UserPoolId: userPoolId, GroupName: agencyGroup(agency), Limit: STAFF_PAGE_SIZE, NextToken: page.cursor })),
        {
          // No account made yet, so no group.
          ResourceNotFoundException: () => ({ Users: [], NextToken: undefined, $metadata: {} }),
          // Cognito refuses a pagination token it did not give for this group.
          ...(page.cursor === undefined
            ? {}
            : {
                InvalidParameterException: () => {
                  throw new ValidationError('The cursor was not given by this list', { 'query.cursor': 'not a cursor of this list' });
                },
              }),
        },
      );
      // The group is the agency's, and custom:agency is set once by the server; both must agree.
      const members = (listed.Users ?? []).filter((user) => attribute(user.Attributes, 'custom:agency') === agency);
      const staff: StaffAccount[] = [];
      for (let start = 0; start < members.length; start += ROLE_READS_AT_ONCE) {
        const accounts = await Promise.all(members.slice(start, start + ROLE_READS_AT_ONCE).map(async (user) => accountOf(user, await rolesOf(user))));
        staff.push(...accounts);
      }
      return { staff, ...(listed.NextToken ? { cursor: listed.NextToken } : {}) };
    },

    async find(agency, id) {
      // Ids are Cognito subs (UUIDs); anything else cannot be one and must not reach the filter's quotes.
      if (!/^[A-Za-z0-9-]{1,128}$/.test(id)) return undefined;
      const page = await cognito(() => client.send(new ListUsersCommand({ UserPoolId: userPoolId, Filter: `sub = "${id}"`, Limit: 1 })));
      const user = page.Users?.[0];
      if (!user || attribute(user.Attributes, 'custom:agency') !== agency) return undefined;
      const groups = await cognito(() => client.send(new AdminListGroupsForUserCommand({ UserPoolId: userPoolId, Username: user.Username ?? '', Limit: 60 })));
      const roles = (groups.Groups ?? []).flatMap((group) => ((STAFF_ROLES as readonly string[]).includes(group.GroupName ?? '') ? [group.GroupName as StaffRole] : []));
      return accountOf(user, roles);
    },
  };
}
