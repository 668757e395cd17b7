/**
 * A list's filters: one row of fields above the list at desktop widths; on a phone, when the list has more
 * than a few, the search stays in view and the rest move behind a "Filters" button (showing how many are
 * set) that opens a drawer, so the list starts near the top of the screen instead of below a stack of
 * fields. Both bind to the same URL params (use-list-params.ts), so a filtered list still survives a
 * reload or a shared link, whichever width set it. The drawer is Mantine's: focus moves into it, Tab stays
 * in it, Escape closes it and focus goes back to the button.
 *
 * "Clear all" (beside the button, and in the drawer) clears every narrowing of the list, the search
 * included: a person clearing "all" expects the whole list back. The button's count is only of what is
 * behind it; the search is in view. In the drawer, which hides the search, the button says it clears the
 * search too.
 *
 *   <PagedList … filters={{ names: ['topic', 'region'], search: { name: 'q', field: <ListTextFilter … /> },
 *     controls: <>…</>, cols: { base: 1, xs: 2, md: 4 } }} />
 */
import { Badge, Button, Drawer, Group, SimpleGrid, type SimpleGridProps, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type ReactNode, useId, useRef, useState } from 'react';
import { countOf } from './pager';
import { ListTextFilter } from './search-field';
import type { AnyListParams } from './use-list-params';

/** Lists with more filters than this (the search counted) tuck them into a drawer on phones. */
export const INLINE_FILTERS_MAX = 3;

export interface ListFiltersConfig {
  /** The URL params the controls set: counted on the button, and cleared (with the search) by "Clear all". */
  names: readonly string[];
  /** The search field and its URL param: in the row at desktop widths, above the button on phones. */
  search?: { name: string; field: ReactNode };
  /** The other filters and the sort, in the order they appear. */
  controls: ReactNode;
  /** The row's columns at each breakpoint at desktop widths. */
  cols?: SimpleGridProps['cols'];
  /** Shown under the filters at any width (a note such as "Only videos by @ava"). */
  after?: ReactNode;
  /** Below this width the filters move into the drawer. */
  drawerBelow?: string;
}

/**
 * A list's text search, as `ListFiltersConfig.search` takes it: the `q` param and a "Search" field bound to
 * it, so the param the drawer counts and clears is the one the field sets.
 */
export function listSearch(
  list: AnyListParams,
  placeholder: string,
): NonNullable<ListFiltersConfig['search']> {
  return {
    name: 'q',
    field: <ListTextFilter params={list} name="q" label="Search" type="search" placeholder={placeholder} />,
  };
}

export function ListFilters({
  list,
  config: { names, search, controls, cols = { base: 1, xs: 2, md: 4 }, after, drawerBelow = '48em' },
  results,
}: {
  list: AnyListParams;
  config: ListFiltersConfig;
  /** What the drawer's close button offers to show ("Show 25 creators"), once the count is known. */
  results?: { total: number; exact: boolean; noun: string; plural: string };
}) {
  const narrow = useMediaQuery(`(max-width: ${drawerBelow})`, false, { getInitialValueInEffect: false });
  const [opened, setOpened] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const searchNote = useId();
  const many = names.length + (search ? 1 : 0) > INLINE_FILTERS_MAX;

  if (!narrow || !many) {
    return (
      <search>
        <SimpleGrid cols={cols} spacing="sm" mb="sm">
          {search?.field}
          {controls}
        </SimpleGrid>
        {after}
      </search>
    );
  }

  const active = names.filter((name) => list.get(name) !== null).length;
  const searched = search ? list.get(search.name) : null;
  const close = () => setOpened(false);
  const clearAll = () =>
    list.set(Object.fromEntries([...names, ...(search ? [search.name] : [])].map((name) => [name, null])));
  const show = results
    ? `Show ${results.exact ? '' : 'more than '}${countOf(results.total, results.noun, results.plural)}`
    : 'Show results';

  return (
    <search>
      <Stack gap="sm" mb="sm">
        {search?.field}
        <Group gap="sm">
          <Button
            ref={button}
            variant="default"
            onClick={() => setOpened(true)}
            aria-haspopup="dialog"
            aria-expanded={opened}
            rightSection={
              active > 0 ? (
                <Badge size="sm" tt="none" color="dark.7">
                  {active} active
                </Badge>
              ) : undefined
            }
          >
            Filters
          </Button>
          {(active > 0 || searched !== null) && (
            <Button
              variant="subtle"
              onClick={() => {
                clearAll();
                // This button goes with what it cleared: focus stays beside it.
                button.current?.focus();
              }}
            >
              Clear all
            </Button>
          )}
        </Group>
      </Stack>
      {after}
      <Drawer
        opened={opened}
        onClose={close}
        title="Filters"
        position="right"
        size="100%"
        // The controls stay mounted while closed: a text filter still waiting out its typing delay commits.
        keepMounted
        closeButtonProps={{ 'aria-label': 'Close filters' }}
      >
        <Stack gap="md">
          {controls}
          {/* One above the other: "Show more than 1,000 creators" does not fit half a phone's width. */}
          <Stack gap="sm">
            <Button fullWidth onClick={close}>
              {show}
            </Button>
            <Button
              fullWidth
              variant="default"
              onClick={clearAll}
              aria-describedby={searched !== null ? searchNote : undefined}
            >
              Clear all
            </Button>
            {searched !== null && (
              <Text id={searchNote} size="sm" c="dimmed" ta="center">
                Also clears the search “{searched}”.
              </Text>
            )}
          </Stack>
        </Stack>
      </Drawer>
    </search>
  );
}
