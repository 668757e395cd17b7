/**
 * A list's "from" and "to" day filters: two native date inputs bound to the `from` and `to` URL params
 * (use-list-params.ts), each limiting the other, the second saying when it is before the first. The list's
 * query reads the same params through `dayFilters` (time/day-range.ts).
 *
 *   <ParamDateRange list={list} fromLabel="From" toLabel="To" />
 */
import { TextInput } from '@mantine/core';
import { dayFilters } from '../time/day-range';
import type { AnyListParams } from './use-list-params';

export function ParamDateRange({
  list,
  fromLabel,
  toLabel,
}: {
  list: AnyListParams;
  fromLabel: string;
  toLabel: string;
}) {
  const from = list.get('from');
  const to = list.get('to');
  const { badRange } = dayFilters(from, to);
  return (
    <>
      <TextInput
        type="date"
        label={fromLabel}
        value={from ?? ''}
        max={to ?? undefined}
        onChange={(e) => list.set({ from: e.currentTarget.value })}
      />
      <TextInput
        type="date"
        label={toLabel}
        value={to ?? ''}
        min={from ?? undefined}
        onChange={(e) => list.set({ to: e.currentTarget.value })}
        error={badRange ? 'The end date is before the start date' : undefined}
      />
    </>
  );
}
