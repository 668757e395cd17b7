/**
 * What a keyset cursor may hold. A cursor is base64 JSON that the client hands back, so it can be forged:
 * `["a","x"]` for a date and a UUID, `[1e308,1]` for an integer, `[true,false]` for text. Each decoded
 * value is checked against the type of the column it sorts by, before it reaches SQL, so a forged cursor
 * is the client's error (BAD_USER_INPUT) on every engine, not a database error.
 */
import type { EntityManager, EntityName, EntityProperty, QueryOrderMap } from '@mikro-orm/core';

/** Checks one decoded value; returns why it does not fit, or null. */
type ValueCheck = (value: unknown) => string | null;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Longer than any sortable text column holds. */
const TEXT_MAX = 10_000;

const INTEGER_RANGES: Record<string, readonly [number, number]> = {
  smallint: [-32_768, 32_767],
  int2: [-32_768, 32_767],
  int: [-2_147_483_648, 2_147_483_647],
  int4: [-2_147_483_648, 2_147_483_647],
  integer: [-2_147_483_648, 2_147_483_647],
  bigint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int8: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

const isText: ValueCheck = (value) => {
  if (typeof value !== 'string') return 'text expected';
  if (value.length > TEXT_MAX || value.includes('\u0000') || LONE_SURROGATE.test(value))
    return 'not storable text';
  return null;
};

const isTimestamp: ValueCheck = (value) => {
  // Cursor.decode turns ISO timestamps back into Dates; anything else is not one.
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return 'timestamp expected';
  const year = value.getUTCFullYear();
  return year >= 1 && year <= 9_999 ? null : 'timestamp out of range';
};

const isLocalDate: ValueCheck = (value) => {
  const match = typeof value === 'string' ? LOCAL_DATE.exec(value) : null;
  if (!match) return 'date expected';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? null : 'no such date';
};

function checkFor(prop: EntityProperty): ValueCheck {
  const column = (prop.columnTypes?.[0] ?? '').toLowerCase().replace(/\(.*$/, '');
  let check: ValueCheck;
  if (prop.runtimeType === 'Date') check = isTimestamp;
  else if (column === 'date') check = isLocalDate;
  else if (prop.type === 'uuid' || column === 'uuid') {
    check = (value) => (typeof value === 'string' && UUID.test(value) ? null : 'UUID expected');
  } else if (prop.runtimeType === 'number' || prop.runtimeType === 'bigint') {
    const range = INTEGER_RANGES[column];
    check = range
      ? (value) =>
          typeof value === 'number' && Number.isSafeInteger(value) && value >= range[0] && value <= range[1]
            ? null
            : 'integer out of range'
      : (value) => (typeof value === 'number' && Number.isFinite(value) ? null : 'number expected');
  } else if (prop.runtimeType === 'boolean') {
    check = (value) => (typeof value === 'boolean' ? null : 'boolean expected');
  } else {
    check = isText;
  }
  return prop.nullable ? (value) => (value === null ? null : check(value)) : check;
}

/**
 * The checks for a cursor of `entity` ordered by `orderBy`: one per sort key, in order. Keys that are not
 * plain columns (never used today) accept only JSON scalars.
 */
export function cursorShape<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  orderBy: QueryOrderMap<T>,
): ValueCheck[] {
  const meta = em.getMetadata(entity);
  return Object.keys(orderBy).map((key) => {
    const prop = (meta.properties as Record<string, EntityProperty | undefined>)[key];
    if (prop && prop.kind === 'scalar') return checkFor(prop);
    return (value) =>
      value === null || ['string', 'number', 'boolean'].includes(typeof value) ? null : 'scalar expected';
  });
}

/** Null when every value fits its column (and there is one value per sort key), else why not. */
export function misfit(values: readonly unknown[], shape: readonly ValueCheck[]): string | null {
  if (values.length !== shape.length) return `${shape.length} values expected`;
  for (const [index, check] of shape.entries()) {
    const problem = check(values[index]);
    if (problem) return problem;
  }
  return null;
}
