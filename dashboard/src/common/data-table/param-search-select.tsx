/**
 * A list filter bound to one URL param whose choices are searched on the server (forms/search-select.tsx):
 * for filters over records there can be hundreds of (organisations, campaigns, staff), where a ParamSelect
 * of a first page left the rest out. Empty means no filter, said by `any` ("Any organisation"). An id in
 * the URL (a shared link, "grants of this organisation") is named through `labelOf`, a `node(id)` query,
 * whether or not a search has met it; one that names nothing shows as not found. Its clear button ("Clear, show
 * anyone") is named and reachable by Tab, and leaves the focus in the field.
 *
 *   <ParamSearchSelect list={list} name="organisation" label="Organisation" any="Any organisation"
 *     query={OrganisationChoicesQuery} variables={(search) => ({ search })}
 *     options={(d) => d.organisations.nodes.map((o) => ({ value: o.id, label: o.name }))}
 *     labelOf={{ query: OrganisationNameQuery, label: (d) => d.node?.__typename === 'Organisation' ? d.node.name : null }}
 *     nothingFound="No organisation by that name" />
 */
import { type AnyVariables, type TypedDocumentNode, useQuery } from 'urql';
import { SearchSelect, type SearchSelectProps } from '../forms/search-select';
import type { AnyListParams } from './use-list-params';

export function ParamSearchSelect<Data, Variables extends AnyVariables, NameData>({
  list,
  name,
  any,
  labelOf,
  ...select
}: Omit<
  SearchSelectProps<Data, Variables>,
  'value' | 'onChange' | 'chosenLabel' | 'placeholder' | 'list' | 'name'
> & {
  list: AnyListParams;
  /** The URL param it sets. */
  name: string;
  /** What an empty field means: no filter ("Any organisation"). */
  any: string;
  /** Names the id in the URL. */
  labelOf: {
    query: TypedDocumentNode<NameData, { id: string }>;
    label: (data: NameData) => string | null | undefined;
  };
}) {
  const value = list.get(name) || null;
  const [named] = useQuery({ query: labelOf.query, variables: { id: value ?? '' }, pause: !value });
  // Only once the server has answered is an id that names nothing "not found" (the cache may not know it).
  const found = named.data ? labelOf.label(named.data) : null;
  const chosenLabel = found ?? (named.data && !named.stale && !named.fetching ? 'Not found' : null);
  return (
    <SearchSelect
      {...select}
      placeholder={any}
      clearable
      clearLabel={`Clear, show ${any.toLowerCase()}`}
      value={value}
      chosenLabel={chosenLabel}
      onChange={(next) => list.set({ [name]: next ?? '' })}
    />
  );
}
