// The Cognito staff directory against a mocked Cognito client: the server, not the member, sets the
// agency and unit of an account; each role is one group membership and the agency one more; an
// agency's accounts are read from its own group a page at a time, so another agency's members are
// never read, and a page costs the same whatever the size of the pool (a fake pool below keeps
// Cognito's rules for groups, memberships and pagination tokens).
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminListGroupsForUserCommand,
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  GroupExistsException,
  InvalidParameterException,
  ListUsersCommand,
  ListUsersInGroupCommand,
  ResourceNotFoundException,
  UsernameExistsException,
  type AdminCreateUserCommandInput,
  type UserType,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { cognitoStaffDirectory } from '../../shared/adapters/cognito/staff-directory';
import { ConflictError, DependencyUnavailableError, ValidationError } from '../../shared/domain/errors';
import { STAFF_ROLES } from '../../shared/domain/staff';
import { STAFF_PAGE_SIZE, type StaffAccount } from '../../shared/domain/staff-directory';

const POOL = 'ap-southeast-7_Example';
const cognito = new CognitoIdentityProviderClient({ region: 'ap-southeast-7', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
const cognitoMock = mockClient(cognito);
const directory = cognitoStaffDirectory(cognito, POOL);

const user = (sub: string, email: string, agency: string, unit?: string): UserType => ({
  Username: email,
  Enabled: true,
  UserStatus: 'CONFIRMED',
  UserCreateDate: new Date('2026-12-01T03:00:00Z'),
  Attributes: [
    { Name: 'sub', Value: sub },
    { Name: 'email', Value: email },
    { Name: 'name', Value: `name of ${sub}` },
    { Name: 'custom:agency', Value: agency },
    ...(unit ? [{ Name: 'custom:unit', Value: unit }] : []),
  ],
});

beforeEach(() => cognitoMock.reset());

describe('Cognito staff directory', () => {
  it('creates the account with the agency and unit as attributes, then one group per role', async () => {
    cognitoMock.on(CreateGroupCommand).rejects(new GroupExistsException({ message: 'exists', $metadata: {} }));
    cognitoMock.on(AdminCreateUserCommand).resolves({ User: { ...user('sub-1', 'nurse@example.org', 'bma-health', 'health-centre-1'), UserStatus: 'FORCE_CHANGE_PASSWORD' } });
    cognitoMock.on(AdminAddUserToGroupCommand).resolves({});
    const account = await directory.create({ email: 'nurse@example.org', name: 'สมหญิง', agency: 'bma-health', unit: 'health-centre-1', roles: ['officer', 'custodian'] });
    expect(account).toEqual({
      id: 'sub-1',
      email: 'nurse@example.org',
      name: 'name of sub-1',
      agency: 'bma-health',
      unit: 'health-centre-1',
      roles: ['officer', 'custodian'],
      status: 'invited',
      createdAt: '2026-12-01T03:00:00.000Z',
    });
    const [created] = cognitoMock.commandCalls(AdminCreateUserCommand);
    expect(created?.args[0].input).toMatchObject({
      UserPoolId: POOL,
      Username: 'nurse@example.org',
      UserAttributes: expect.arrayContaining([
        { Name: 'custom:agency', Value: 'bma-health' },
        { Name: 'custom:unit', Value: 'health-centre-1' },
        { Name: 'email', Value: 'nurse@example.org' },
        { Name: 'name', Value: 'สมหญิง' },
      ]),
    });
    expect(cognitoMock.commandCalls(AdminAddUserToGroupCommand).map((call) => call.args[0].input)).toEqual([
      { UserPoolId: POOL, Username: 'nurse@example.org', GroupName: 'agency:bma-health' },
      { UserPoolId: POOL, Username: 'nurse@example.org', GroupName: 'officer' },
      { UserPoolId: POOL, Username: 'nurse@example.org', GroupName: 'custodian' },
    ]);
  });

  it('sets no unit attribute for an account without one', async () => {
    cognitoMock.on(CreateGroupCommand).resolves({});
    cognitoMock.on(AdminCreateUserCommand).resolves({ User: user('sub-2', 'exec@example.org', 'bma-health') });
    cognitoMock.on(AdminAddUserToGroupCommand).resolves({});
    await directory.create({ email: 'exec@example.org', name: 'ผู้บริหาร', agency: 'bma-health', roles: ['executive'] });
    const names = cognitoMock.commandCalls(AdminCreateUserCommand)[0]?.args[0].input.UserAttributes?.map((attribute) => attribute.Name);
    expect(names).not.toContain('custom:unit');
  });

  it('answers a taken address with a conflict, and any other failure as the directory being unavailable', async () => {
    cognitoMock.on(CreateGroupCommand).resolves({});
    cognitoMock.on(AdminCreateUserCommand).rejectsOnce(new UsernameExistsException({ message: 'exists', $metadata: {} })).rejects(new Error('throttled'));
    await expect(directory.create({ email: 'a@example.org', name: 'a', agency: 'bma-health', roles: ['officer'] })).rejects.toBeInstanceOf(ConflictError);
    await expect(directory.create({ email: 'a@example.org', name: 'a', agency: 'bma-health', roles: ['officer'] })).rejects.toBeInstanceOf(DependencyUnavailableError);
  });

  it('lists an agency\'s accounts from its own group, page after page, each with its roles, and nobody else\'s', async () => {
    const pool = fakePool();
    const ours: string[] = [];
    for (let n = 0; n < 60; n += 1) {
      const email = `staff-${String(n).padStart(2, '0')}@health.example.org`;
      ours.push(email);
      await directory.create({ email, name: `คนที่ ${n}`, agency: 'bma-health', roles: n % 3 === 0 ? ['officer', 'custodian'] : ['officer'], ...(n % 2 ? { unit: 'health-centre-1' } : {}) });
    }
    for (let n = 0; n < 40; n += 1) await directory.create({ email: `staff-${n}@medical.example.org`, name: 'อื่น', agency: 'bma-medical', roles: ['officer'] });

    pool.reads.length = 0;
    const pages: StaffAccount[][] = [];
    let cursor: string | undefined;
    do {
      const page = await directory.list('bma-health', cursor === undefined ? {} : { cursor });
      pages.push(page.staff);
      cursor = page.cursor;
    } while (cursor);
    expect(pages.map((page) => page.length)).toEqual([STAFF_PAGE_SIZE, STAFF_PAGE_SIZE, 60 - 2 * STAFF_PAGE_SIZE]);
    const listed = pages.flat();
    expect(listed.map((account) => account.email).sort()).toEqual(ours);
    expect(listed.every((account) => account.agency === 'bma-health')).toBe(true);
    expect(listed.find((account) => account.email === 'staff-03@health.example.org')).toMatchObject({ roles: ['officer', 'custodian'], unit: 'health-centre-1', status: 'invited' });
    expect(listed.find((account) => account.email === 'staff-04@health.example.org')?.roles).toEqual(['officer']);
    // Only the agency's group is read, and one read of each member's groups: 1 + 25 a page at most.
    expect(pool.reads.filter((read) => read.command === 'ListUsersInGroup').map((read) => read.group)).toEqual(['agency:bma-health', 'agency:bma-health', 'agency:bma-health']);
    expect(pool.reads.filter((read) => read.command === 'AdminListGroupsForUser')).toHaveLength(60);
    expect(pool.reads.filter((read) => read.command === 'AdminListGroupsForUser').some((read) => read.group?.includes('medical'))).toBe(false);
  });

  it('costs the same for a page however many members other agencies have', async () => {
    const readsOfOnePage = async (others: number) => {
      cognitoMock.reset();
      const pool = fakePool();
      for (let n = 0; n < 30; n += 1) await directory.create({ email: `a-${n}@example.org`, name: 'ก', agency: 'tambon-a', roles: ['officer'] });
      for (let n = 0; n < others; n += 1) await directory.create({ email: `b-${n}@example.org`, name: 'ข', agency: 'tambon-b', roles: ['officer'] });
      pool.reads.length = 0;
      await directory.list('tambon-a');
      return pool.reads.length;
    };
    expect(await readsOfOnePage(0)).toBe(1 + STAFF_PAGE_SIZE);
    expect(await readsOfOnePage(300)).toBe(1 + STAFF_PAGE_SIZE);
  });

  it('lists nobody for an agency with no account yet, and refuses a cursor it did not give', async () => {
    fakePool();
    expect(await directory.list('tambon-new')).toEqual({ staff: [] });
    await directory.create({ email: 'one@example.org', name: 'หนึ่ง', agency: 'tambon-new', roles: ['admin'] });
    await expect(directory.list('tambon-new', { cursor: 'made-up' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('leaves out a member of the group whose agency attribute says another agency', async () => {
    const pool = fakePool();
    await directory.create({ email: 'one@example.org', name: 'หนึ่ง', agency: 'tambon-a', roles: ['officer'] });
    await directory.create({ email: 'two@example.org', name: 'สอง', agency: 'tambon-b', roles: ['officer'] });
    // Someone put tambon-b's member into tambon-a's group by hand in the console.
    pool.addToGroup('two@example.org', 'agency:tambon-a');
    expect((await directory.list('tambon-a')).staff.map((account) => account.email)).toEqual(['one@example.org']);
  });
  it('finds one member by id with its roles, and nobody of another agency or with an id that is no sub', async () => {
    cognitoMock.on(ListUsersCommand).resolves({ Users: [user('0d9e-sub', 'nurse@example.org', 'bma-health', 'health-centre-1')] });
    cognitoMock.on(AdminListGroupsForUserCommand).resolves({ Groups: [{ GroupName: 'officer' }, { GroupName: 'not-a-role' }] });
    expect(await directory.find('bma-health', '0d9e-sub')).toMatchObject({ id: '0d9e-sub', unit: 'health-centre-1', roles: ['officer'] });
    expect(cognitoMock.commandCalls(ListUsersCommand)[0]?.args[0].input).toMatchObject({ UserPoolId: POOL, Filter: 'sub = "0d9e-sub"' });
    expect(await directory.find('bma-medical', '0d9e-sub')).toBeUndefined();
    expect(await directory.find('bma-health', 'x" or email ^= "')).toBeUndefined();
    expect(cognitoMock.commandCalls(ListUsersCommand)).toHaveLength(2);
  });
});

/**
 * A user pool behind the mocked client, with Cognito's rules: group names are unique, a member is
 * added only to a group that exists, ListUsersInGroup gives at most Limit members a call with a
 * pagination token for the rest and refuses a token it did not give. Every read is recorded.
 */
function fakePool() {
  const groups = new Map<string, string[]>(STAFF_ROLES.map((role) => [role, []]));
  const users = new Map<string, UserType>();
  const reads: { command: string; group?: string }[] = [];
  const addToGroup = (username: string, group: string) => {
    const members = groups.get(group);
    if (!members) throw new ResourceNotFoundException({ message: 'Group not found.', $metadata: {} });
    if (!members.includes(username)) members.push(username);
  };
  cognitoMock.on(CreateGroupCommand).callsFake(({ GroupName }: { GroupName: string }) => {
    if (groups.has(GroupName)) throw new GroupExistsException({ message: 'A group with the name already exists.', $metadata: {} });
    groups.set(GroupName, []);
    return {};
  });
  cognitoMock.on(AdminCreateUserCommand).callsFake(({ Username, UserAttributes = [] }: AdminCreateUserCommandInput) => {
    if (users.has(Username!)) throw new UsernameExistsException({ message: 'exists', $metadata: {} });
    const created: UserType = {
      Username,
      Enabled: true,
      UserStatus: 'FORCE_CHANGE_PASSWORD',
      UserCreateDate: new Date('2026-12-01T03:00:00Z'),
      Attributes: [{ Name: 'sub', Value: `sub-${users.size}` }, ...UserAttributes],
    };
    users.set(Username!, created);
    return { User: created };
  });
  cognitoMock.on(AdminAddUserToGroupCommand).callsFake(({ Username, GroupName }: { Username: string; GroupName: string }) => {
    addToGroup(Username, GroupName);
    return {};
  });
  cognitoMock.on(ListUsersInGroupCommand).callsFake(({ GroupName, Limit = 60, NextToken }: { GroupName: string; Limit?: number; NextToken?: string }) => {
    reads.push({ command: 'ListUsersInGroup', group: GroupName });
    const members = groups.get(GroupName);
    if (!members) throw new ResourceNotFoundException({ message: 'Group not found.', $metadata: {} });
    const start = NextToken === undefined ? 0 : Number(/^token-(\d+)-/.exec(NextToken)?.[1] ?? NaN);
    if (!Number.isInteger(start) || (NextToken !== undefined && !NextToken.endsWith(`-${GroupName}`))) {
      throw new InvalidParameterException({ message: 'Invalid pagination token.', $metadata: {} });
    }
    const end = start + Math.min(Limit, 60);
    return { Users: members.slice(start, end).map((name) => users.get(name)!), ...(end < members.length ? { NextToken: `token-${end}-${GroupName}` } : {}) };
  });
  cognitoMock.on(AdminListGroupsForUserCommand).callsFake(({ Username }: { Username: string }) => {
    reads.push({ command: 'AdminListGroupsForUser', group: Username });
    return { Groups: [...groups].filter(([, members]) => members.includes(Username)).map(([GroupName]) => ({ GroupName })) };
  });
  return { reads, addToGroup };
}
