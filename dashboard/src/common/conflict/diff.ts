/**
 * What changed between two versions of a record's editable values, field by field, in words a person
 * reads: used to show what someone else changed and what you changed since you opened a form.
 */

export interface FieldChange {
  readonly field: string;
  readonly label: string;
  readonly from: string;
  readonly to: string;
}

export type FieldLabels<Values> = { readonly [K in keyof Values]?: string };

/** How to write a field's value for a person, where the raw value is a code or an id (a status, partners). */
export type FieldDescribers<Values> = { readonly [K in keyof Values]?: (value: Values[K]) => string };

export function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (Array.isArray(value)) return value.length ? value.map(describeValue).join(', ') : '(none)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The labelled fields whose values differ between `from` and `to`. */
export function diffValues<Values extends Record<string, unknown>>(
  from: Values,
  to: Values,
  labels: FieldLabels<Values>,
  describers: FieldDescribers<Values> = {},
): FieldChange[] {
  return (Object.keys(labels) as (keyof Values & string)[])
    .filter((field) => !same(from[field], to[field]))
    .map((field) => {
      const describe = describers[field] ?? describeValue;
      return {
        field,
        label: labels[field] ?? field,
        from: describe(from[field]),
        to: describe(to[field]),
      };
    });
}

/** Your changes laid over the latest version: each field you changed takes your value, the rest theirs. */
export function reapply<Values extends Record<string, unknown>>(
  base: Values,
  mine: Values,
  latest: Values,
  labels: FieldLabels<Values>,
): Values {
  const merged = { ...latest };
  for (const field of Object.keys(labels) as (keyof Values)[]) {
    if (!same(base[field], mine[field])) merged[field] = mine[field];
  }
  return merged;
}
