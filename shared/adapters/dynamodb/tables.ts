// You are here: the one definition of each DynamoDB table. CDK builds the AWS tables from it
// (infra/constructs/data.ts) and the local stack creates the same tables in DynamoDB Local.

export interface KeyAttribute {
  name: string;
  type: 'S' | 'N' | 'B';
}

export interface TableDefinition {
  /** Logical id in CDK and the table's name in the local stack. */
  id: string;
  partitionKey: KeyAttribute;
  sortKey?: KeyAttribute;
  timeToLiveAttribute?: string;
  /** On AWS, a stream of every change with the item before and after (the local stack has none). */
  stream?: 'new-and-old-images';
  globalIndexes: {
    name: string;
    partitionKey: KeyAttribute;
    sortKey?: KeyAttribute;
    /** Only these attributes are copied into the index, which keeps index writes at one unit; none: keys only. */
    projectedAttributes: string[];
  }[];
}

export const complaintsTable: TableDefinition = {
  id: 'Complaints',
  partitionKey: { name: 'PK', type: 'S' },
  sortKey: { name: 'SK', type: 'S' },
  timeToLiveAttribute: 'expiresAt',
  // Feeds the notifier: a new case, a reporter's message… each decided from the write that made it.
  stream: 'new-and-old-images',
  globalIndexes: [
    {
      // The officers' queue: an agency's cases, newest first, with what the visibility rule and the
      // assignee filter read (unit, concernsHandlers, conflicts, assignee), so hidden cases are
      // filtered inside the Query.
      name: 'ByAgency',
      partitionKey: { name: 'GSI1PK', type: 'S' },
      sortKey: { name: 'GSI1SK', type: 'S' },
      projectedAttributes: [
        'reference', 'agency', 'category', 'status', 'subject', 'receivedAt', 'updatedAt', 'acknowledgeBy', 'nextUpdateBy', 'concludeBy',
        'unit', 'concernsHandlers', 'conflicts', 'assignee',
      ],
    },
    {
      // The quarterly statistics: only what the numbers need, so a year of complaints reads in few units.
      name: 'ByAgencyStatistics',
      partitionKey: { name: 'GSI2PK', type: 'S' },
      sortKey: { name: 'GSI2SK', type: 'S' },
      projectedAttributes: ['category', 'status', 'outcome', 'receivedAt', 'acknowledgeBy', 'acknowledgedAt', 'concludedAt', 'channel', 'kind', 'reporterType', 'receivedOn'],
    },
    {
      // Retention: concluded cases not on legal hold, by agency and time of conclusion, until destroyed.
      name: 'ByRetention',
      partitionKey: { name: 'GSI3PK', type: 'S' },
      sortKey: { name: 'GSI3SK', type: 'S' },
      projectedAttributes: ['reference'],
    },
  ],
};

/** Append-only record of staff actions. IAM lets the functions put and read, never update or delete. */
export const auditTable: TableDefinition = {
  id: 'Audit',
  partitionKey: { name: 'PK', type: 'S' },
  sortKey: { name: 'SK', type: 'S' },
  // Copies every entry, and any change to one, into the object-locked archive (infra/constructs/audit-archiving.ts).
  stream: 'new-and-old-images',
  globalIndexes: [
    {
      // Each agency's hash chain in seq order, keys only: verification reads the entries themselves
      // from the table, so an attribute added to an entry is seen as well.
      name: 'ByChain',
      partitionKey: { name: 'GSI1PK', type: 'S' },
      sortKey: { name: 'GSI1SK', type: 'S' },
      projectedAttributes: [],
    },
    {
      // The agency-wide audit view, newest first (shared/adapters/dynamodb/audit-log.ts). Keyed on the
      // entry's own attributes rather than on GSIxPK/GSIxSK, so every entry ever written is in it: an
      // entry is never rewritten (that would break its hash), so none could be given new keys later.
      // Chain heads carry no `at` and stay out.
      name: 'ByAgencyTime',
      partitionKey: { name: 'agency', type: 'S' },
      sortKey: { name: 'at', type: 'S' },
      projectedAttributes: ['id', 'actor', 'role', 'action', 'reference', 'report', 'reason', 'detail'],
    },
  ],
};

/** Survey responses by agency, survey and Bangkok day; one-time tokens by hash until used or expired. */
export const surveysTable: TableDefinition = {
  id: 'Surveys',
  partitionKey: { name: 'PK', type: 'S' },
  sortKey: { name: 'SK', type: 'S' },
  timeToLiveAttribute: 'expiresAt',
  globalIndexes: [],
};

/** The information centre's registers, service log and suggestions, each a partition per agency. */
export const informationCentreTable: TableDefinition = {
  id: 'InformationCentre',
  partitionKey: { name: 'PK', type: 'S' },
  sortKey: { name: 'SK', type: 'S' },
  globalIndexes: [],
};

/**
 * The agency registry: one item per agency with all its settings, and an index of the names only, in
 * one partition, so a function loads the summaries of 10,000 agencies in a couple of queries (about
 * 1.5 MB) and answers every search from its cache (shared/adapters/dynamodb/agency-registry.ts).
 */
export const agenciesTable: TableDefinition = {
  id: 'Agencies',
  partitionKey: { name: 'PK', type: 'S' },
  sortKey: { name: 'SK', type: 'S' },
  globalIndexes: [
    {
      name: 'Summaries',
      partitionKey: { name: 'GSI1PK', type: 'S' },
      sortKey: { name: 'GSI1SK', type: 'S' },
      projectedAttributes: ['id', 'nameTh', 'nameEn', 'status'],
    },
  ],
};

export const allTables = [complaintsTable, auditTable, surveysTable, informationCentreTable, agenciesTable] as const;
