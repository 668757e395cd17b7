/**
 * A select that asks the server for the records matching what is typed, rather than filtering a first page
 * it loaded: in a programme of hundreds of organisations (or campaigns, staff, a creator's videos) a list of
 * the first 100 left the rest impossible to choose, without a word. The query takes the typed text as
 * `search` (null for none) and names its own page size (20 is the habit); typing is debounced. The chosen
 * record keeps its name as the search moves on, and a chosen record the searches have not met (one read
 * with the form, or an id from a link) is named by `chosenLabel`.
 *
 *   <SearchSelect
 *     label="Organisation"
 *     query={OrganisationChoicesQuery}
 *     variables={(search) => ({ search })}
 *     options={(data) => data.organisations.nodes.map((o) => ({ value: o.id, label: o.name }))}
 *     nothingFound="No organisation by that name"
 *     value={id}
 *     onChange={setId}
 *   />
 *
 * `ParamSearchSelect` (data-table/param-search-select.tsx) binds one to a list's URL param.
 *
 * A clearable one given a `clearLabel` has a clear button a person can find and use (reachable-clear.ts).
 */
import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue, useMergedRef } from '@mantine/hooks';
import { type Ref, useRef, useState } from 'react';
import { type AnyVariables, type TypedDocumentNode, useQuery } from 'urql';
import { useReachableClear } from './reachable-clear';

export interface SearchOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export const SEARCH_DEBOUNCE_MS = 250;

/** The chosen record's name until it is known (an id from a link, before its name has loaded). */
export const CHOSEN_LOADING = 'Loading its name…';

export type SearchSelectProps<Data, Variables extends AnyVariables> = Omit<
  SelectProps,
  'data' | 'value' | 'onChange' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter'
> & {
  query: TypedDocumentNode<Data, Variables>;
  /** The query's variables for the typed text (null when nothing is typed). */
  variables: (search: string | null) => Variables;
  options: (data: Data) => readonly SearchOption[];
  value: string | null;
  onChange: (value: string | null) => void;
  /** The chosen record's name when the searches have not met it (read with the form, or from a URL). */
  chosenLabel?: string | null;
  /** Said when nothing matches ("No organisation by that name"). */
  nothingFound: string;
  /** Nothing to ask yet (a creator's videos before a creator is chosen). */
  pause?: boolean;
  /** The text field's, so a form can focus it when its value is refused. */
  ref?: Ref<HTMLInputElement>;
  /** With `clearable`: names the clear button ("Clear, show anyone") and makes it reachable by Tab. */
  clearLabel?: string;
};

export function SearchSelect<Data, Variables extends AnyVariables>({
  query,
  variables,
  options,
  value,
  onChange,
  chosenLabel,
  nothingFound,
  pause = false,
  description,
  ref,
  clearLabel,
  ...select
}: SearchSelectProps<Data, Variables>) {
  const [search, setSearch] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const fieldRef = useMergedRef(field, ref);
  const clear = useReachableClear(clearLabel, field, select);
  const [debounced] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  // Every record's name met so far, so the chosen one keeps its name after the search moves on.
  const known = useRef(new Map<string, SearchOption>());
  // The chosen record as an option, always: named by a search, else by `chosenLabel`, else still loading.
  // Without an option for its value the field would empty itself on blur, and emptying clears the choice.
  const chosen = value
    ? (known.current.get(value) ?? { value, label: chosenLabel ?? CHOSEN_LOADING })
    : undefined;
  // Once chosen, the field shows the chosen name: opening it again offers the first page, not only itself.
  const searched = debounced && debounced !== chosen?.label ? debounced : null;
  const [result] = useQuery({ query, variables: variables(searched), pause });
  const found = result.data ? options(result.data) : [];
  for (const option of found) known.current.set(option.value, option);
  const data = [...found];
  const current = value ? (known.current.get(value) ?? chosen) : undefined;
  if (current && !found.some((o) => o.value === current.value)) data.unshift(current);

  return (
    <Select
      {...select}
      ref={fieldRef}
      description={result.error ? `The choices could not be loaded (${result.error.message}).` : description}
      {...clear}
      searchable
      searchValue={search}
      onSearchChange={(text) => {
        setSearch(text);
        // A clearable choice is cleared by emptying its text too, not only by its clear button.
        if (text === '' && select.clearable && value) onChange(null);
      }}
      // The server already searched (names, and for some records handles or hashtags): Mantine's own
      // filter would hide matches it cannot see.
      filter={({ options: all }) => all}
      data={data}
      // Choosing the chosen one again keeps it (clearing is the clear button, or emptying the text).
      allowDeselect={false}
      value={value}
      onChange={(next) => onChange(next)}
      nothingFoundMessage={result.fetching ? 'Searching…' : nothingFound}
    />
  );
}
