// GET /api/audit over HTTP against DynamoDB Local: who may read the agency's log, that another
// agency's entries never appear (not through a filter, not through a cursor), the filters and Bangkok
// day boundaries, pages that neither skip nor repeat, a bounded read per page however rare the
// filtered actor, and the read itself on the record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDynamoClient } from '../../infra/local/dynamodb-local';
import { localTableName } from '../../infra/local/local-context';
import { batchWrite, dynamoAccess } from '../../shared/adapters/dynamodb/client';
import { auditKeys } from '../../shared/adapters/dynamodb/keys';
import { auditTable } from '../../shared/adapters/dynamodb/tables';
import type { AuditEntry } from '../../shared/domain/ports';
import type { StaffRole } from '../../shared/domain/staff';
import { AUDIT_PAGE } from '../../shared/domain/use-cases/audit-view';
import { startTestStack, type TestStack } from '../support/local-stack';
import { inject } from 'vitest';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ buildPages: false });
  await seed();
});
afterAll(() => stack?.close());

const CASE = 'ABCDE-FGH23';
let serial = 0;
const entry = (agency: string, at: string, about: Partial<AuditEntry> = {}): AuditEntry => ({
  id: `seed${String((serial += 1)).padStart(6, '0')}`,
  at,
  actor: 'officer-a',
  role: 'officer',
  action: 'case.read',
  agency,
  ...about,
});
const seeded: AuditEntry[] = [];

/**
 * Written straight into the table (as the chain writer lays them out, without links: the view reads no
 * link): 1,200 reads by one busy officer, with three reveals by a rarely seen custodian among the
 * oldest; a few entries either side of Bangkok midnight; another agency's entries on the same case.
 */
async function seed() {
  const base = Date.parse('2026-11-20T00:00:00.000Z');
  seeded.push(entry('bma-health', new Date(base - 3_000).toISOString(), { actor: 'custodian-rare', role: 'custodian', action: 'identity.reveal', reference: CASE, reason: 'ขอเปิดเผยตัวตนตามคำสั่งศาล' }));
  seeded.push(entry('bma-health', new Date(base - 2_000).toISOString(), { actor: 'custodian-rare', role: 'custodian', action: 'identity.reveal', reference: CASE }));
  seeded.push(entry('bma-health', new Date(base - 1_000).toISOString(), { actor: 'custodian-rare', role: 'custodian', action: 'case.export', reference: CASE }));
  for (let index = 0; index < 1_200; index += 1) seeded.push(entry('bma-health', new Date(base + index * 60_000).toISOString(), { reference: index % 2 ? CASE : 'ZZZZZ-ZZZZ1' }));
  // 23:59:59.999 on 27 November in Bangkok, then midnight of the 28th.
  seeded.push(entry('bma-health', '2026-11-27T16:59:59.999Z', { actor: 'officer-b', action: 'case.transition', reference: CASE }));
  seeded.push(entry('bma-health', '2026-11-27T17:00:00.000Z', { actor: 'officer-b', action: 'case.message', reference: CASE }));
  for (let index = 0; index < 5; index += 1) seeded.push(entry('bma-medical', new Date(base + index * 1_000).toISOString(), { actor: 'officer-elsewhere', reference: CASE }));
  const client = localDynamoClient(inject('dynamoEndpoint'), 1);
  await batchWrite(dynamoAccess(client), 'seed', localTableName(auditTable, stack.tablePrefix), seeded.map((item) => ({ PutRequest: { Item: { ...auditKeys.entry(item), ...item } } })));
  client.destroy();
}

async function read(query: string, roles: StaffRole[] = ['custodian'], agency = 'bma-health', sub = 'custodian-reader') {
  const token = await stack.issuer.issue({ sub, roles, agency });
  const response = await fetch(`${stack.url}/api/audit${query}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as { agency: string; entries: AuditEntry[]; cursor?: string; error?: { fields?: Record<string, string> } } };
}

/** Every page of a query, following the cursor; the capacity each page consumed. */
async function allPages(query: string, roles: StaffRole[] = ['custodian'], agency = 'bma-health') {
  const entries: AuditEntry[] = [];
  const pageUnits: number[] = [];
  let cursor: string | undefined;
  do {
    const before = stack.capacity.length;
    const page = await read(`${query}${query ? '&' : '?'}${cursor ? `cursor=${encodeURIComponent(cursor)}` : ''}`, roles, agency);
    expect(page.status).toBe(200);
    pageUnits.push(stack.capacity.slice(before).filter((record) => record.operation === 'audit.search').reduce((sum, record) => sum + record.consumed.reduce((total, item) => total + (item.CapacityUnits ?? 0), 0), 0));
    entries.push(...page.body.entries);
    cursor = page.body.cursor;
  } while (cursor);
  return { entries, pageUnits };
}

const seededIds = (predicate: (item: AuditEntry) => boolean) => seeded.filter(predicate).map((item) => item.id);
const withoutReads = (entries: AuditEntry[]) => entries.filter((item) => item.action !== 'audit.read');

describe('the agency-wide audit view over HTTP', () => {
  it('answers custodians and administrators, and 403 to officers and executives', async () => {
    expect((await read('?limit=1', ['officer'])).status).toBe(403);
    expect((await read('?limit=1', ['executive'])).status).toBe(403);
    expect((await read('?limit=1', ['officer', 'executive'])).status).toBe(403);
    expect((await read('?limit=1', ['custodian'])).status).toBe(200);
    expect((await read('?limit=1', ['admin'])).status).toBe(200);
  });

  it("never shows another agency's entries, on its own case either, and refuses another agency's cursor", async () => {
    const onTheCase = await allPages(`?reference=${CASE}&limit=100`);
    expect(onTheCase.entries.length).toBeGreaterThan(600);
    expect(onTheCase.entries.every((item) => item.agency === 'bma-health')).toBe(true);
    const elsewhere = await allPages('?limit=100', ['custodian'], 'bma-medical');
    expect(withoutReads(elsewhere.entries).map((item) => item.id).sort()).toEqual(seededIds((item) => item.agency === 'bma-medical').sort());

    const theirs = await read('?limit=1', ['custodian'], 'bma-medical');
    expect(theirs.body.cursor).toBeDefined();
    const reused = await read(`?limit=1&cursor=${encodeURIComponent(theirs.body.cursor!)}`);
    expect(reused.status).toBe(400);
    expect(reused.body.error?.fields).toHaveProperty('query.cursor');
    const theirCase = await read(`?limit=1&reference=${CASE}`, ['custodian'], 'bma-medical');
    const reusedOnCase = await read(`?limit=1&reference=${CASE}&cursor=${encodeURIComponent(theirCase.body.cursor!)}`);
    expect(reusedOnCase.status).toBe(400);
    // A cursor of the index is no cursor of a case's partition, and a forged one is refused as well.
    const ours = await read('?limit=1');
    expect((await read(`?limit=1&reference=${CASE}&cursor=${encodeURIComponent(ours.body.cursor!)}`)).status).toBe(400);
    const forged = Buffer.from(JSON.stringify({ agency: 'bma-health', key: { PK: `CASE#${CASE}`, SK: 'x', agency: 'bma-medical', at: '2026-11-20T00:00:00.000Z' } })).toString('base64url');
    expect((await read(`?cursor=${forged}`)).status).toBe(400);
  });

  it('filters by actor, action, reference and Bangkok calendar days', async () => {
    const byActor = await allPages('?actor=officer-b');
    expect(byActor.entries.map((item) => item.action)).toEqual(['case.message', 'case.transition']);
    const reveals = await allPages('?action=identity.reveal');
    expect(reveals.entries.map((item) => item.id)).toEqual(seededIds((item) => item.action === 'identity.reveal').reverse());
    const onThe27th = await allPages('?from=2026-11-27&to=2026-11-27&actor=officer-b');
    expect(onThe27th.entries.map((item) => item.at)).toEqual(['2026-11-27T16:59:59.999Z']);
    const fromThe28th = await allPages('?from=2026-11-28&to=2026-11-28&actor=officer-b');
    expect(fromThe28th.entries.map((item) => item.at)).toEqual(['2026-11-27T17:00:00.000Z']);
    const caseAndDay = await allPages(`?reference=${CASE.toLowerCase()}&from=2026-11-28&to=2026-11-28`);
    expect(withoutReads(caseAndDay.entries).map((item) => item.action)).toEqual(['case.message']);
  });

  it('turns pages newest first without skipping or repeating, and bounds what a page reads however rare the actor', async () => {
    const reads = await allPages('?action=case.read&limit=100');
    const expected = seededIds((item) => item.agency === 'bma-health' && item.action === 'case.read');
    expect(reads.entries.map((item) => item.id)).toEqual([...expected].reverse());
    const times = reads.entries.map((item) => item.at);
    expect([...times].sort().reverse()).toEqual(times);

    // The rare custodian's three entries are the oldest, behind 1,200 others: the first page reads its
    // budget, finds nothing and says where to go on; the next finds them. No page reads more than its budget.
    const rare = await allPages('?actor=custodian-rare');
    expect(rare.entries.map((item) => item.action)).toEqual(['case.export', 'identity.reveal', 'identity.reveal']);
    expect(rare.pageUnits.length).toBeGreaterThan(1);
    // A budget of 1,000 index entries of up to 400 bytes, read eventually consistent (8 KB a unit), and no more.
    const perPageCeiling = Math.ceil((AUDIT_PAGE.maxRead * 400) / 4096 / 2) + 1;
    expect(Math.max(...rare.pageUnits)).toBeLessThanOrEqual(perPageCeiling);
    console.log(`audit view: ${rare.pageUnits.length} pages for a rare actor behind 1,200 entries, read units per page ${rare.pageUnits.map((units) => units.toFixed(1)).join(', ')}`);
  });

  it('puts each read on the record, as the next link of the chain, before it answers', async () => {
    await read('?action=identity.reveal&from=2026-11-01&to=2026-11-30', ['admin'], 'bma-health', 'admin-watcher');
    const mine = await read('?actor=admin-watcher&action=audit.read', ['custodian']);
    expect(mine.body.entries).toHaveLength(1);
    expect(mine.body.entries[0]).toMatchObject({ actor: 'admin-watcher', role: 'admin', action: 'audit.read', agency: 'bma-health' });
    expect(JSON.parse(mine.body.entries[0]!.detail!)).toEqual({ view: 'agency', action: 'identity.reveal', from: '2026-11-01', to: '2026-11-30', page: 'first' });
    // The reader's own read is the newest entry of the page it gets.
    const own = await read('?limit=1', ['custodian'], 'bma-health', 'custodian-self');
    expect(own.body.entries[0]).toMatchObject({ actor: 'custodian-self', action: 'audit.read' });
    const { head } = await stack.context.audit.chain('bma-health');
    expect(head?.seq).toBeGreaterThanOrEqual(2);
  });

  it('answers 400 naming the field for bad filters', async () => {
    const cases: [string, string][] = [
      ['?from=2026-12-02&to=2026-12-01', 'query.from'],
      ['?from=2026-02-30', 'query.from'],
      ['?to=28-11-2026', 'query.to'],
      ['?action=case.delete', 'query.action'],
      ['?reference=not-a-reference', 'query.reference'],
      ['?limit=0', 'query.limit'],
      ['?limit=1000', 'query.limit'],
      ['?cursor=bm90LWEtY3Vyc29y', 'query.cursor'],
      ['?colour=red', 'query'],
    ];
    for (const [query, field] of cases) {
      const answer = await read(query);
      expect(answer.status, query).toBe(400);
      expect(answer.body.error?.fields, query).toHaveProperty([field]);
    }
  });
});
