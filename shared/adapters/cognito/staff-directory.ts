// You are here: the StaffDirectory on Cognito. An account is created by the server (AdminCreateUser:
// Cognito e-mails a temporary password), with `custom:agency` and `custom:unit` set here and nowhere
// else (the app client cannot write them), and added to one group per role. Cognito cannot filter
// users by a custom attribute, so an agency's accounts are read from the role groups and kept by
// their `custom:agency`: the cost grows with the staff of the whole pool, which stays in the tens of
// thousands even with every local administrative organisation on board.
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminListGroupsForUserCommand,
  ListUsersCommand,
  ListUsersInGroupCommand,
  type AttributeType,
  type CognitoIdentityProviderClient,
  type UserType,
} from '@aws-sdk/client-cognito-identity-provider';
import { ConflictError, DependencyUnavailableError } from '../../domain/errors';
import { STAFF_ROLES, type StaffRole } from '../../domain/staff';
import type { StaffAccount, StaffDirectory } from '../../domain/staff-directory';

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

async function cognito<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if ((error as Error).name === 'UsernameExistsException') throw new ConflictError('A staff account with this e-mail address exists', 'staff-exists');
    throw new DependencyUnavailableError('Cognito', { cause: error });
  }
}

export function cognitoStaffDirectory(client: CognitoIdentityProviderClient, userPoolId: string): StaffDirectory {
  return {
    async create(account) {
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
      // A failure part-way leaves an account with fewer roles, never more; an admin adds the rest by retrying.
      for (const role of account.roles) {
        await cognito(() => client.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: user.Username ?? account.email, GroupName: role })));
      }
      return accountOf(user, [...account.roles]);
    },

    async list(agency) {
      const found = new Map<string, { user: UserType; roles: StaffRole[] }>();
      for (const role of STAFF_ROLES) {
        let nextToken: string | undefined;
        do {
          const page = await cognito(() => client.send(new ListUsersInGroupCommand({ UserPoolId: userPoolId, GroupName: role, Limit: 60, NextToken: nextToken })));
          for (const user of page.Users ?? []) {
            if (attribute(user.Attributes, 'custom:agency') !== agency) continue;
            const key = user.Username ?? '';
            const entry = found.get(key) ?? { user, roles: [] };
            entry.roles.push(role);
            found.set(key, entry);
          }
          nextToken = page.NextToken;
        } while (nextToken);
      }
      return [...found.values()].map(({ user, roles }) => accountOf(user, roles)).sort((a, b) => a.email.localeCompare(b.email));
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
