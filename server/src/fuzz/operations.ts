/**
 * Operations generated from the schema with fast-check, for the fuzz suite: any root query or mutation,
 * its arguments drawn from what clients send (valid values, IDs and versions of records that exist,
 * cursors Beacon issued) and from what they should not (NUL, lone surrogates, huge numbers, impossible
 * dates, unknown enum values, IDs of the wrong type, forged cursors, nulls where values are required),
 * and a small selection of the result (so the cost limit lets it run).
 */
import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';

/** Records the fuzzer can aim at: global IDs with their current version, by GraphQL type. */
export interface Pool {
  readonly byType: Map<string, { globalId: string; version: number }[]>;
  readonly cursors: string[];
}

export interface GeneratedOperation {
  readonly kind: 'query' | 'mutation';
  readonly field: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Any UTF-16 units, lone surrogates and NUL included. */
const rawText = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 24 })
  .map((units) => String.fromCharCode(...units));

const NASTY = [
  'a\u0000b',
  '\uD800',
  'x\uDC00y',
  "'; drop table creator; --",
  '%_\\',
  '\u202eevil',
  '   ',
  '',
  '🌱 hope',
  'x'.repeat(5_000),
];

/** Values a field of this name takes: valid ones, and ones it should refuse. */
function samplesFor(name: string): { valid: string[]; invalid: string[] } {
  const lower = name.toLowerCase();
  const pick = (valid: string[], invalid: string[]) => ({ valid, invalid });
  if (lower.includes('email'))
    return pick(['someone@beacon.test', 'new.member@beacon.test'], ['not-an-email']);
  if (/url|website|link/.test(lower)) {
    return pick(['https://example.org/x'], ['http://insecure.example', 'javascript:alert(1)']);
  }
  if (lower.includes('region')) return pick(['GB', 'US', 'SG', 'AU'], ['ZZ', 'gb']);
  if (lower.includes('handle')) return pick(['calm_creator', '@Calm_Creator'], ['x']);
  if (lower.includes('timezone')) return pick(['Europe/London', 'America/New_York'], ['Mars/Base']);
  if (lower.includes('currency')) return pick(['USD', 'GBP'], ['XXX1', 'usd']);
  if (lower.includes('hashtag')) return pick(['#MentalHealthAwareness'], ['no-hash']);
  if (lower.includes('password')) return pick(['correct horse battery staple'], ['short']);
  if (lower.includes('language')) return pick(['en', 'es'], ['zz-ZZ-x-']);
  if (lower.includes('slug')) return pick(['may-2023', 'grief-week'], ['Not A Slug']);
  if (lower === 'value') return pick(['988', 'https://befrienders.org'], []);
  return pick(
    ['Samaritans', 'Talking about grief with care.', 'You are not alone.', 'Small steps that helped me.'],
    [],
  );
}

function textFor(name: string, clean: boolean): fc.Arbitrary<string> {
  const { valid, invalid } = samplesFor(name);
  if (clean) return fc.constantFrom(...valid);
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...valid, ...invalid, 'anxiety') },
    { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 1, arbitrary: rawText },
    { weight: 1, arbitrary: fc.constantFrom(...NASTY) },
  );
}

const dateTime = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .date({ min: new Date('1990-01-01'), max: new Date('2035-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString()),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'not a date',
      '2023-02-30T00:00:00Z',
      '0001-01-01T00:00:00Z',
      '9999-12-31T23:59:59Z',
      '+275760-09-13T00:00:00.000Z',
      '2023-05-01',
    ),
  },
);

const localDate = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('2023-02-30', '0000-01-01', '10000-01-01', 'May 1st', '2023-05-01T00:00:00Z'),
  },
);

const integer = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: -3, max: 1_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), 101, 1_000_000) },
);

/** Which type of record an ID argument names, from its name (`creatorId`, `featuredVideoIds`). */
const ID_HINTS: [RegExp, string][] = [
  [/video/i, 'AwarenessVideo'],
  [/creator/i, 'Creator'],
  [/campaign/i, 'Campaign'],
  [/facilitator|organisation|partner/i, 'Organisation'],
  [/enrolment/i, 'TrainingEnrolment'],
  [/session/i, 'TrainingSession'],
  [/grant/i, 'AdCreditGrant'],
  [/resource/i, 'CrisisResource'],
  [/window/i, 'ProgrammingWindow'],
  [/recognition|nomination|spotlight/i, 'Recognition'],
  [/staff|user/i, 'StaffUser'],
];

/** The record type a root field's `input.id` names (`updateCreator` -> Creator). */
export function recordTypeOf(fieldName: string): string | undefined {
  if (/consent/i.test(fieldName)) return 'Creator';
  if (/attendance|completion/i.test(fieldName)) return 'TrainingEnrolment';
  if (/training(session)?$/i.test(fieldName) || /TrainingSession/.test(fieldName)) return 'TrainingSession';
  return ID_HINTS.find(([pattern]) => pattern.test(fieldName))?.[1];
}

function idFor(pool: Pool, hint: string | undefined): fc.Arbitrary<string> {
  const pick = (type: string | undefined) =>
    fc.nat().map((n) => {
      const records = type ? pool.byType.get(type) : [...pool.byType.values()].flat();
      const chosen = records?.length ? records[n % records.length] : undefined;
      return chosen?.globalId ?? 'Q3JlYXRvcjpub25l';
    });
  return fc.oneof(
    { weight: 6, arbitrary: pick(hint) },
    { weight: 2, arbitrary: pick(undefined) },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.constantFrom(
          '',
          'garbage',
          'Q3JlYXRvcjox',
          encode('Creator:00000000-0000-0000-0000-000000000000'),
        ),
        fc.uuid().map((u) => Buffer.from(`Creator:${u}`).toString('base64')),
        rawText,
      ),
    },
  );
}

function cursorFor(pool: Pool): fc.Arbitrary<string> {
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.nat().map((n) => pool.cursors[n % Math.max(1, pool.cursors.length)] ?? encode(['x'])),
    },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.constantFrom(
          encode(['a', 'x']),
          encode([1e308, 1]),
          encode([true, false]),
          encode([]),
          'not-a-cursor',
        ),
        fc.jsonValue().map(encode),
      ),
    },
  );
}

interface Hints {
  readonly pool: Pool;
  /** Only values a careful client would send: to get changes through, so invariants have work. */
  readonly clean: boolean;
  /** The root field, for the record type its `id` names. */
  readonly rootField: string;
  readonly depth: number;
}

function leafFor(type: GraphQLNamedType, name: string, hints: Hints): fc.Arbitrary<unknown> {
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.value as string);
    return fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...values) },
      { weight: 1, arbitrary: fc.constant('NOT_A_VALUE') },
    );
  }
  switch (type.name) {
    case 'ID': {
      const hint =
        name === 'id' ? recordTypeOf(hints.rootField) : ID_HINTS.find(([pattern]) => pattern.test(name))?.[1];
      return idFor(hints.pool, hint);
    }
    case 'Int':
      if (name === 'first' || name === 'last') {
        return fc.oneof(
          { weight: 8, arbitrary: fc.integer({ min: 1, max: 20 }) },
          { weight: 1, arbitrary: integer },
        );
      }
      return integer;
    case 'SafeInt':
      return fc.oneof(integer, fc.constantFrom(Number.MAX_SAFE_INTEGER, -1));
    case 'Float':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return dateTime;
    case 'LocalDate':
      return localDate;
    case 'String':
      if (name === 'after' || name === 'before') return cursorFor(hints.pool);
      return textFor(name, false);
    default:
      return fc.oneof(textFor(name, false), integer);
  }
}

function valueFor(type: GraphQLInputType, name: string, hints: Hints): fc.Arbitrary<unknown> {
  if (hints.clean) return cleanValueFor(type, name, hints);
  if (isNonNullType(type)) {
    // Now and then a null where one is required: variable coercion must refuse it.
    return fc.oneof(
      { weight: 30, arbitrary: valueFor(type.ofType, name, hints) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
  }
  const inner = (): fc.Arbitrary<unknown> => {
    if (isListType(type)) {
      const item = valueFor(type.ofType, name, hints);
      return fc.oneof(
        { weight: 8, arbitrary: fc.array(item, { maxLength: 4 }) },
        { weight: 1, arbitrary: fc.array(item, { minLength: 101, maxLength: 105 }) },
      );
    }
    if (isInputObjectType(type)) {
      if (hints.depth > 3) return fc.constant({});
      const fields = Object.values(type.getFields());
      const deeper = { ...hints, depth: hints.depth + 1 };
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const field of fields) record[field.name] = valueFor(field.type, field.name, deeper);
      const required = fields
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => f.name);
      return fc.record(record, { requiredKeys: required });
    }
    return leafFor(getNamedType(type), name, hints);
  };
  return fc.oneof(
    { weight: 6, arbitrary: inner() },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 2, arbitrary: fc.constant(undefined) },
  );
}

function cleanValueFor(type: GraphQLInputType, name: string, hints: Hints): fc.Arbitrary<unknown> {
  const required = isNonNullType(type);
  const inner = required ? type.ofType : type;
  let value: fc.Arbitrary<unknown>;
  if (isListType(inner))
    value = fc.array(cleanValueFor(inner.ofType, name, hints), { minLength: 1, maxLength: 2 });
  else if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields)
      record[field.name] = cleanValueFor(field.type, field.name, { ...hints, depth: hints.depth + 1 });
    const requiredKeys = fields
      .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
      .map((f) => f.name);
    value = fc.record(record, { requiredKeys });
  } else value = leafFor(getNamedType(inner), name, hints);
  // Optional fields are mostly left out, as a client changing one thing would.
  return required
    ? value
    : fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: value });
}

/** Points `expectedVersion` at the record's current version most of the time, so changes can succeed. */
function alignVersions(value: unknown, pool: Pool, chance: number): void {
  if (Array.isArray(value)) {
    for (const item of value) alignVersions(item, pool, chance);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const object = value as Record<string, unknown>;
  for (const item of Object.values(object)) alignVersions(item, pool, chance);
  if (!('expectedVersion' in object) || chance < 0.15) return;
  const target = [object.id, object.campaignId].find((v): v is string => typeof v === 'string');
  for (const records of pool.byType.values()) {
    const found = records.find((r) => r.globalId === target);
    if (found) object.expectedVersion = found.version;
  }
}

/** A selection of the result: a few scalars, and at depth < 2 a few small nested lists and objects. */
function selectionFor(type: GraphQLOutputType, depth: number): fc.Arbitrary<string> {
  const named = getNamedType(type);
  if (isLeafType(named)) return fc.constant('');
  if (isUnionType(named) || depth >= 3) return fc.constant('{ __typename }');
  if (!isObjectType(named) && !isInterfaceType(named)) return fc.constant('{ __typename }');
  const fields = Object.values(named.getFields()).filter((f) =>
    f.args.every((a: GraphQLArgument) => !isNonNullType(a.type) || a.defaultValue !== undefined),
  );
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type))).map((f) => f.name);
  const objects = depth < 2 ? fields.filter((f) => !isLeafType(getNamedType(f.type))) : [];
  const nested = (f: GraphQLField<unknown, unknown>) =>
    fc
      .tuple(fc.integer({ min: 1, max: 3 }), selectionFor(f.type, depth + 1))
      .map(([n, sub]) => `${f.name}${f.args.some((a) => a.name === 'first') ? `(first: ${n})` : ''} ${sub}`);
  return fc
    .tuple(
      fc.subarray(leaves, { maxLength: Math.min(4, leaves.length) }),
      objects.length > 0
        ? fc
            .subarray(objects, { maxLength: Math.min(2, objects.length) })
            .chain(
              (chosen): fc.Arbitrary<string[]> =>
                chosen.length ? fc.tuple(...chosen.map(nested)) : fc.constant<string[]>([]),
            )
        : fc.constant([] as string[]),
    )
    .map(([scalars, subs]) => `{ __typename ${scalars.join(' ')} ${(subs as string[]).join(' ')} }`);
}

const typeName = (type: GraphQLInputType): string => type.toString();

function operationFor(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  pool: Pool,
  clean: boolean,
) {
  const hints: Hints = { pool, clean, rootField: field.name, depth: 0 };
  const args: Record<string, fc.Arbitrary<unknown>> = {};
  for (const arg of field.args) args[arg.name] = valueFor(arg.type, arg.name, hints);
  return fc
    .tuple(fc.record(args), selectionFor(field.type, 0), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([values, selection, chance]): GeneratedOperation => {
      const variables: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(values)) if (value !== undefined) variables[name] = value;
      alignVersions(variables, pool, chance);
      const used = field.args.filter((a) => a.name in variables);
      const definitions = used.map((a) => `$${a.name}: ${typeName(a.type)}`).join(', ');
      const passed = used.map((a) => `${a.name}: $${a.name}`).join(', ');
      const query = `${kind} Fuzz${definitions ? `(${definitions})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selection} }`;
      return { kind, field: field.name, query, variables };
    });
}

/** Any root query, or any root query or mutation, with generated arguments and selection. */
export function operations(schema: GraphQLSchema, pool: Pool, options: { mutations: boolean }) {
  const all = (clean: boolean) => {
    const queries = Object.values(schema.getQueryType()?.getFields() ?? {}).map((f) =>
      operationFor('query', f, pool, clean),
    );
    const mutations = options.mutations
      ? Object.values(schema.getMutationType()?.getFields() ?? {}).map((f) =>
          operationFor('mutation', f, pool, clean),
        )
      : [];
    return fc.oneof(...queries, ...mutations);
  };
  // Half careful clients (whose changes go through, giving the invariants work), half anything at all.
  return fc.oneof(all(true), all(false));
}
