// You are here: the routes of the two registers, knowledge topics and public-relations channels.
// They behave alike, so one factory makes each register's modules; only the schema and words differ.
import * as z from 'zod/mini';
import type { AppContext } from '../../shared/config/context';
import { NotFoundError } from '../../shared/domain/errors';
import { channelFields, channelSchema, topicFields, topicSchema, type RegisterKind } from '../../shared/domain/information-centre';
import { listRegister, publicRegisters, REGISTER_ROLES, retireRegisterEntry, saveRegisterEntry } from '../../shared/domain/use-cases/information-centre';
import { httpHandler, json, principalOf, PUBLIC, staffOnly, type Contract, type Schema } from '../../shared/http/handler';
import type { RouteModule } from '../route';
import { STAFF_ERRORS } from '../staff';

const SCHEMAS = { topics: topicSchema, channels: channelSchema } as const;
/** What the public listing shows of an entry: its data beside its id, nothing of the register's own. */
const PUBLIC_ENTRIES = {
  topics: z.lazy(() => z.strictObject({ id: z.string(), ...topicFields() })),
  channels: z.lazy(() => z.strictObject({ id: z.string(), ...channelFields() })),
} as const;
const NAMES = { topics: 'knowledge topic', channels: 'public-relations channel' } as const;

const entrySchema = (data: Schema) =>
  z.lazy(() => z.strictObject({ id: z.string(), agency: z.string(), data, createdAt: z.iso.datetime(), updatedAt: z.iso.datetime(), retiredAt: z.optional(z.iso.datetime()) }));

const idFromPath = (pathParameters: Record<string, string>) => {
  const id = pathParameters.id;
  if (!id || !/^[0-9a-f]{1,64}$/.test(id)) throw new NotFoundError('No entry with this id');
  return id;
};

export function registerModules(kind: RegisterKind) {
  const schema = SCHEMAS[kind];
  const name = NAMES[kind];
  const agencyQuery = z.strictObject({ agency: z.optional(z.string().check(z.maxLength(64))) });

  const listPublic: RouteModule = {
    contract: {
      access: PUBLIC,
      summary: kind === 'topics' ? 'Published knowledge topics, newest first' : 'Active public-relations channels',
      query: agencyQuery,
      responses: { 200: { description: 'The list', schema: z.lazy(() => z.strictObject({ items: z.array(PUBLIC_ENTRIES[kind]) })) } },
    } satisfies Contract<undefined, typeof agencyQuery>,
    makeHandler: (context: AppContext) => {
      const registers = publicRegisters(context);
      return httpHandler(listPublic.contract as Contract<undefined, typeof agencyQuery>, async (request) =>
        json(200, { items: await registers[kind](request.query.agency) }, { 'cache-control': 'public, max-age=60' }),
      );
    },
  };

  const listAll: RouteModule = {
    contract: {
      access: staffOnly(REGISTER_ROLES),
      summary: `Every ${name}, retired ones included`,
      responses: { 200: { description: 'The register', schema: z.lazy(() => z.strictObject({ items: z.array(entrySchema(schema)) })) }, ...STAFF_ERRORS },
    },
    makeHandler: (context: AppContext) => {
      const list = listRegister(context, kind);
      return httpHandler(listAll.contract, async (request) => json(200, { items: await list(principalOf(request)) }));
    },
  };

  const createContract: Contract<typeof schema> = {
    access: staffOnly(REGISTER_ROLES),
    summary: `Add a ${name}`,
    body: schema,
    responses: { 201: { description: 'Added', schema: entrySchema(schema) }, 400: { description: 'Invalid fields' }, ...STAFF_ERRORS },
  };
  const create: RouteModule = {
    contract: createContract,
    makeHandler: (context: AppContext) => {
      const save = saveRegisterEntry(context, kind);
      return httpHandler(createContract, async (request) => json(201, await save(principalOf(request), request.body)));
    },
  };

  const updateContract: Contract<typeof schema> = {
    access: staffOnly(REGISTER_ROLES),
    summary: `Replace a ${name}`,
    body: schema,
    responses: { 200: { description: 'Replaced', schema: entrySchema(schema) }, 400: { description: 'Invalid fields' }, ...STAFF_ERRORS },
  };
  const update: RouteModule = {
    contract: updateContract,
    makeHandler: (context: AppContext) => {
      const save = saveRegisterEntry(context, kind);
      return httpHandler(updateContract, async (request) => json(200, await save(principalOf(request), request.body, idFromPath(request.pathParameters))));
    },
  };

  const retire: RouteModule = {
    contract: {
      access: staffOnly(REGISTER_ROLES),
      summary: `Retire a ${name}; it stays in the register for the record`,
      responses: { 200: { description: 'Retired', schema: z.lazy(() => z.strictObject({ id: z.string(), retiredAt: z.iso.datetime() })) }, ...STAFF_ERRORS },
    },
    makeHandler: (context: AppContext) => {
      const retireEntry = retireRegisterEntry(context, kind);
      return httpHandler(retire.contract, async (request) => json(200, await retireEntry(principalOf(request), idFromPath(request.pathParameters))));
    },
  };

  return { listPublic, listAll, create, update, retire };
}
