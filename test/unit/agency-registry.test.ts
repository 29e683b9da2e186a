// The registry's rules with memory adapters: who may onboard, change and staff an agency, what an
// agency's own admin may touch, and what a retired agency still does.
import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../shared/domain/errors';
import type { StaffPrincipal } from '../../shared/domain/staff';
import { createAgency, createStaffAccount, listAgencies, listStaffAccounts, readAgency, updateAgency } from '../../shared/domain/use-cases/agencies';
import { memoryContext } from '../support/memory-context';

const platform: StaffPrincipal = { id: 'platform-1', roles: ['platform-admin'], agency: 'bma-health' };
const healthAdmin: StaffPrincipal = { id: 'admin-1', roles: ['admin'], agency: 'bma-health' };
const officer: StaffPrincipal = { id: 'officer-1', roles: ['officer'], agency: 'bma-health' };

const tambon = { id: 'tambon-example', nameTh: 'องค์การบริหารส่วนตำบลตัวอย่าง', nameEn: 'Tambon Example SAO', units: [{ id: 'finance', nameTh: 'กองคลัง', nameEn: 'Finance Division' }] };

describe('onboarding', () => {
  it('takes standard settings where none are given, joins today, and is audited in the new agency\'s chain', async () => {
    const { context, audit } = memoryContext();
    const { agency, created } = await createAgency(context)(platform, tambon);
    expect(created).toBe(true);
    expect(agency).toMatchObject({ status: 'active', retentionYears: 5, joinedOn: '2026-11-27', deadlines: { acknowledgeDays: 15, conclusionDays: 90 }, contact: {} });
    expect(audit.entries.filter((entry) => entry.agency === 'tambon-example').map((entry) => [entry.action, entry.role, entry.actor])).toEqual([['agency.create', 'platform-admin', 'platform-1']]);
  });

  it('refuses the ids of the published statistics\' own folders: the national roll-up\'s and each language\'s', async () => {
    const { context } = memoryContext();
    for (const id of ['all', 'en']) {
      await expect(createAgency(context)(platform, { ...tambon, id })).rejects.toMatchObject({ name: 'ValidationError', fields: { 'body.id': expect.stringContaining(id) } });
      expect(await context.agencies.get(id)).toBeUndefined();
    }
  });

  it('is for platform admins only', async () => {
    const { context } = memoryContext();
    for (const principal of [healthAdmin, officer]) await expect(createAgency(context)(principal, tambon)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('answers a faithful retry with the agency it made, and anything else under a taken id with a conflict', async () => {
    const { context, audit } = memoryContext();
    const first = await createAgency(context)(platform, tambon, 'key-00000001');
    const again = await createAgency(context)(platform, tambon, 'key-00000001');
    expect(again).toEqual({ agency: first.agency, created: false });
    await expect(createAgency(context)(platform, { ...tambon, nameEn: 'Someone else' }, 'key-00000002')).rejects.toBeInstanceOf(ConflictError);
    await expect(createAgency(context)(platform, tambon)).rejects.toBeInstanceOf(ConflictError);
    expect(audit.entries.filter((entry) => entry.action === 'agency.create')).toHaveLength(1);
  });
});

describe('changing an agency', () => {
  it('lets its own admin change units and contact only; another agency is not found to it', async () => {
    const { context } = memoryContext();
    const units = [{ id: 'new-centre', nameTh: 'ศูนย์ใหม่', nameEn: 'New Centre' }];
    expect((await updateAgency(context)(healthAdmin, 'bma-health', { units, contact: { phone: '02 999 9999' } })).units).toEqual(units);
    await expect(updateAgency(context)(healthAdmin, 'bma-health', { retentionYears: 10 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateAgency(context)(healthAdmin, 'bma-health', { status: 'retired' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateAgency(context)(healthAdmin, 'bma-medical', { contact: {} })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateAgency(context)(officer, 'bma-health', { contact: {} })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateAgency(context)(platform, 'never-onboarded', { contact: {} })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('retires an agency: gone from the public list and page, its settings kept for its cases', async () => {
    const { context } = memoryContext();
    await updateAgency(context)(platform, 'bma-medical', { status: 'retired' });
    expect((await listAgencies(context)({})).agencies.map((agency) => agency.id)).toEqual(['bma-health']);
    await expect(readAgency(context)('bma-medical')).rejects.toBeInstanceOf(NotFoundError);
    expect((await context.agencies.get('bma-medical'))?.deadlines.acknowledgeDays).toBe(15);
  });
});

describe('staff accounts', () => {
  it('are made by the agency\'s admin with the agency fixed, the roles it may grant and a unit of the agency', async () => {
    const { context, audit } = memoryContext();
    const account = await createStaffAccount(context)(healthAdmin, 'bma-health', { email: 'somchai@example.org', name: 'สมชาย', roles: ['officer', 'custodian'], unit: 'health-centre-2' });
    expect(account).toMatchObject({ agency: 'bma-health', unit: 'health-centre-2', roles: ['officer', 'custodian'], status: 'invited' });
    await expect(createStaffAccount(context)(healthAdmin, 'bma-health', { email: 'x@example.org', name: 'x', roles: ['platform-admin'] })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createStaffAccount(context)(healthAdmin, 'bma-health', { email: 'y@example.org', name: 'y', roles: ['officer'], unit: 'nursing' })).rejects.toBeInstanceOf(ValidationError);
    await expect(createStaffAccount(context)(healthAdmin, 'bma-medical', { email: 'z@example.org', name: 'z', roles: ['officer'] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(createStaffAccount(context)(healthAdmin, 'bma-health', { email: 'SOMCHAI@example.org', name: 'again', roles: ['officer'] })).rejects.toBeInstanceOf(ConflictError);
    expect((await listStaffAccounts(context)(healthAdmin, 'bma-health')).staff.map((listed) => listed.email)).toEqual(['somchai@example.org']);
    await expect(listStaffAccounts(context)(healthAdmin, 'bma-medical')).rejects.toBeInstanceOf(NotFoundError);
    const entries = audit.entries.filter((entry) => entry.action.startsWith('staff.'));
    // The request is on record before the directory makes the account, then the account's subject;
    // the request for an address already taken stays on record as a request.
    expect(entries.map((entry) => entry.action)).toEqual(['staff.invite', 'staff.create', 'staff.invite', 'staff.list']);
    expect(entries[0]?.detail).toBe('officer,custodian unit:health-centre-2');
    expect(entries[1]?.detail).toBe(`${account.id} officer,custodian unit:health-centre-2`);
    expect(JSON.stringify(entries)).not.toContain('somchai@example.org');
  });

  it('may include platform admins when a platform admin makes them', async () => {
    const { context } = memoryContext();
    const account = await createStaffAccount(context)(platform, 'bma-medical', { email: 'ops@example.org', name: 'ops', roles: ['platform-admin'] });
    expect(account.roles).toEqual(['platform-admin']);
  });
});
