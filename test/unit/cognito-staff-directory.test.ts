// The Cognito staff directory against a mocked Cognito client: the server, not the member, sets the
// agency and unit of an account; each role is one group membership; an agency's accounts are read
// from the role groups and kept by their agency, so another agency's members never appear.
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminListGroupsForUserCommand,
  CognitoIdentityProviderClient,
  ListUsersCommand,
  ListUsersInGroupCommand,
  UsernameExistsException,
  type UserType,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { cognitoStaffDirectory } from '../../shared/adapters/cognito/staff-directory';
import { ConflictError, DependencyUnavailableError } from '../../shared/domain/errors';

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
      { UserPoolId: POOL, Username: 'nurse@example.org', GroupName: 'officer' },
      { UserPoolId: POOL, Username: 'nurse@example.org', GroupName: 'custodian' },
    ]);
  });

  it('sets no unit attribute for an account without one', async () => {
    cognitoMock.on(AdminCreateUserCommand).resolves({ User: user('sub-2', 'exec@example.org', 'bma-health') });
    cognitoMock.on(AdminAddUserToGroupCommand).resolves({});
    await directory.create({ email: 'exec@example.org', name: 'ผู้บริหาร', agency: 'bma-health', roles: ['executive'] });
    const names = cognitoMock.commandCalls(AdminCreateUserCommand)[0]?.args[0].input.UserAttributes?.map((attribute) => attribute.Name);
    expect(names).not.toContain('custom:unit');
  });

  it('answers a taken address with a conflict, and any other failure as the directory being unavailable', async () => {
    cognitoMock.on(AdminCreateUserCommand).rejectsOnce(new UsernameExistsException({ message: 'exists', $metadata: {} })).rejects(new Error('throttled'));
    await expect(directory.create({ email: 'a@example.org', name: 'a', agency: 'bma-health', roles: ['officer'] })).rejects.toBeInstanceOf(ConflictError);
    await expect(directory.create({ email: 'a@example.org', name: 'a', agency: 'bma-health', roles: ['officer'] })).rejects.toBeInstanceOf(DependencyUnavailableError);
  });

  it('lists one agency\'s accounts across role groups and pages, with each account\'s roles merged', async () => {
    const nurse = user('sub-1', 'nurse@example.org', 'bma-health', 'health-centre-1');
    const stranger = user('sub-9', 'spy@example.org', 'bma-medical');
    const chief = user('sub-3', 'chief@example.org', 'bma-health');
    cognitoMock.on(ListUsersInGroupCommand).resolves({ Users: [] });
    cognitoMock.on(ListUsersInGroupCommand, { GroupName: 'officer' }).resolves({ Users: [nurse, stranger], NextToken: 'page-2' });
    cognitoMock.on(ListUsersInGroupCommand, { GroupName: 'officer', NextToken: 'page-2' }).resolves({ Users: [chief] });
    cognitoMock.on(ListUsersInGroupCommand, { GroupName: 'custodian' }).resolves({ Users: [nurse] });
    const listed = await directory.list('bma-health');
    expect(listed.map((account) => [account.email, account.roles])).toEqual([
      ['chief@example.org', ['officer']],
      ['nurse@example.org', ['officer', 'custodian']],
    ]);
    expect(listed[1]?.unit).toBe('health-centre-1');
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
