// One contract, two adapters: the AgencyRegistry behaviour the use cases rely on, run against the
// memory adapter of the unit tests and the DynamoDB adapter on DynamoDB Local. A taken id is refused,
// a change returns the agency as stored, a search answers with the shared rule, and the DynamoDB
// adapter's cache serves what it read until it is older than its period or the function changed it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureTables, localDynamoClient } from '../../infra/local/dynamodb-local';
import { localTableName } from '../../infra/local/local-context';
import { dynamoAgencyRegistry } from '../../shared/adapters/dynamodb/agency-registry';
import { dynamoAccess } from '../../shared/adapters/dynamodb/client';
import { agenciesTable, allTables } from '../../shared/adapters/dynamodb/tables';
import { memoryAgencyRegistry } from '../../shared/adapters/memory/memory-agency-registry';
import { AGENCY_CATALOGUE, standardDeadlines, standardEvidence } from '../../shared/config/agencies';
import type { Agency, AgencyRegistry } from '../../shared/domain/agencies';
import { ConflictError, NotFoundError } from '../../shared/domain/errors';

let clock = 0;
const adapters: [string, () => Promise<{ registry: AgencyRegistry; other?: AgencyRegistry; close(): void }>][] = [
  ['memory', async () => ({ registry: memoryAgencyRegistry(), close: () => {} })],
  [
    'DynamoDB',
    async () => {
      const endpoint = inject('dynamoEndpoint');
      const prefix = `r${randomUUID().slice(0, 8)}-`;
      const admin = localDynamoClient(endpoint, 1);
      await ensureTables(admin, allTables, (definition) => localTableName(definition, prefix));
      admin.destroy();
      const client = localDynamoClient(endpoint);
      const table = localTableName(agenciesTable, prefix);
      return {
        registry: dynamoAgencyRegistry(dynamoAccess(client), table, { now: () => clock }),
        // A second warm function on the same table, with a cache of its own.
        other: dynamoAgencyRegistry(dynamoAccess(client), table, { now: () => clock }),
        close: () => client.destroy(),
      };
    },
  ],
];

const agency = (id: string, overrides: Partial<Agency> = {}): Agency => ({
  id,
  nameTh: `องค์การบริหารส่วนตำบล${id}`,
  nameEn: `${id} Subdistrict Administrative Organization`,
  status: 'active',
  deadlines: standardDeadlines,
  evidence: standardEvidence,
  retentionYears: 5,
  units: [{ id: 'finance', nameTh: 'กองคลัง', nameEn: 'Finance Division' }],
  contact: { phone: '02 000 0000' },
  joinedOn: '2026-12-01',
  ...overrides,
});

describe.each(adapters)('AgencyRegistry contract: %s', (_name, open) => {
  let registry: AgencyRegistry;
  let other: AgencyRegistry | undefined;
  let close = () => {};
  beforeAll(async () => {
    const opened = await open();
    ({ registry, other } = opened);
    close = () => opened.close();
    for (const seed of AGENCY_CATALOGUE) await registry.create(seed);
  });
  afterAll(() => close());

  it('gives back an agency exactly as created, and nothing for an unknown id', async () => {
    expect(await registry.get('bma-health')).toStrictEqual(AGENCY_CATALOGUE[0]);
    expect(await registry.get('no-such-agency')).toBeUndefined();
  });

  it('refuses a taken id and keeps the first agency', async () => {
    await registry.create(agency('taken'));
    await expect(registry.create(agency('taken', { nameTh: 'อื่น' }))).rejects.toBeInstanceOf(ConflictError);
    expect((await registry.get('taken'))?.nameTh).toBe('องค์การบริหารส่วนตำบลtaken');
  });

  it('changes only what is given and returns the agency as stored; an unknown id is not found', async () => {
    await registry.create(agency('changing'));
    const units = [{ id: 'health', nameTh: 'กองสาธารณสุข', nameEn: 'Public Health Division' }];
    const changed = await registry.update('changing', { units, status: 'retired' });
    expect(changed).toStrictEqual(agency('changing', { units, status: 'retired' }));
    expect(await registry.get('changing')).toStrictEqual(changed);
    await expect(registry.update('never-created', { status: 'retired' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('searches names as people type them, active agencies only unless asked, page by page', async () => {
    await registry.create(agency('bang-phli', { nameTh: 'องค์การบริหารส่วนตำบลบางพลีใหญ่', nameEn: 'Bang Phli Yai SAO' }));
    await registry.create(agency('bang-phli-old', { nameTh: 'องค์การบริหารส่วนตำบลบางพลีเก่า', nameEn: 'Bang Phli Kao SAO', status: 'retired' }));
    expect((await registry.list({ q: 'อบต. บางพลี', limit: 10 })).agencies.map((a) => a.id)).toEqual(['bang-phli']);
    expect((await registry.list({ q: 'bang phli', limit: 10, status: 'all' })).agencies.map((a) => a.id).sort()).toEqual(['bang-phli', 'bang-phli-old']);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await registry.list({ limit: 2, status: 'all', ...(cursor ? { cursor } : {}) });
      expect(page.agencies.length).toBeLessThanOrEqual(2);
      seen.push(...page.agencies.map((a) => a.id));
      cursor = page.cursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(['bma-health', 'bma-medical', 'taken', 'changing', 'bang-phli', 'bang-phli-old']));
  });

  it('sees its own changes at once, and another function sees them once its cache period has passed', async () => {
    await registry.create(agency('cached'));
    const reader = other ?? registry;
    expect((await reader.get('cached'))?.status).toBe('active');
    expect((await reader.list({ q: 'cached', limit: 10 })).agencies.map((a) => a.id)).toEqual(['cached']);
    await registry.update('cached', { status: 'retired' });
    expect((await registry.get('cached'))?.status).toBe('retired');
    expect((await registry.list({ q: 'cached', limit: 10 })).agencies).toEqual([]);
    clock += 61_000;
    expect((await reader.get('cached'))?.status).toBe('retired');
    expect((await reader.list({ q: 'cached', limit: 10 })).agencies).toEqual([]);
  });
});
