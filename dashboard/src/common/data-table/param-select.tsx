/**
 * The select a list's filter row is made of: a native select bound to one URL param (use-list-params.ts),
 * its first option meaning "no filter". A value in the URL that is none of the options (an old link, a
 * typo) shows as that first option, as the list's query ignores it too.
 *
 *   <ParamSelect list={list} name="status" label="Standing" any="Any standing"
 *     options={[{ value: 'active', label: 'Active' }, { value: 'suspended', label: 'Suspended' }]} />
 *   <SortSelect list={list} sorts={SORTS} labels={SORT_LABELS} />
 */
import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import type { AnyListParams, ListParams } from './use-list-params';

export interface ParamOption {
  value: string;
  label: string;
}

type SelectProps = Omit<NativeSelectProps, 'value' | 'onChange' | 'data' | 'name'>;

export function ParamSelect({
  list,
  name,
  any,
  options,
  ...select
}: {
  list: AnyListParams;
  /** The URL param it sets. */
  name: string;
  /** The first option's words, for no filter ("Any topic"). */
  any: string;
  options: readonly ParamOption[];
} & SelectProps) {
  const current = list.get(name);
  const value = options.some((option) => option.value === current) ? (current ?? '') : '';
  return (
    <NativeSelect
      {...select}
      value={value}
      onChange={(event) => list.set({ [name]: event.currentTarget.value })}
      data={[{ value: '', label: any }, ...options]}
    />
  );
}

/** "Sort by": the list's sort in the URL, for lists whose order is not only chosen from the column headers. */
export function SortSelect<Sort extends string>({
  list,
  sorts,
  labels,
  label = 'Sort by',
  ...select
}: {
  list: Pick<ListParams<Sort>, 'sort' | 'setSort'>;
  sorts: readonly Sort[];
  labels: Readonly<Record<Sort, string>>;
  label?: string;
} & Omit<SelectProps, 'label'>) {
  return (
    <NativeSelect
      {...select}
      label={label}
      value={list.sort}
      onChange={(event) => list.setSort(event.currentTarget.value as Sort)}
      data={sorts.map((value) => ({ value, label: labels[value] }))}
    />
  );
}
