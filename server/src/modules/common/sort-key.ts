/**
 * Names sorted A to Z the same way on SQLite and PostgreSQL. Neither engine's own ordering will do: SQLite
 * compares bytes (every capital before every small letter, "É" after "z"), PostgreSQL follows the
 * database's collation, which differs between installations. So a list sorted by a name sorts by a column
 * holding the name folded here, kept in step with the name on every save (the creator's `nameSortKey`,
 * the campaign's): both engines then compare plain lower-case text, byte for byte the same.
 */

/** How long a folded key may be: the column's length. */
export const NAME_SORT_KEY_MAX = 200;

/** How a name sorts: accents dropped, lower case, at most 200 characters. */
export const nameSortKeyOf = (name: string): string =>
  name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim().slice(0, NAME_SORT_KEY_MAX);
