/**
 * Where a paged list stands ("Showing 21–40 of 55 creators", read out politely as it changes) and its
 * previous and next buttons. Pages move by cursor; see use-list-params.ts.
 */
import { Button, Group, Text } from '@mantine/core';
import type { AnyListParams } from './use-list-params';

export interface PageInfoLike {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

const count = new Intl.NumberFormat('en-GB');

/** "1 creator", "2,000 creators". */
export const countOf = (n: number, noun: string, plural = `${noun}s`) =>
  `${count.format(n)} ${n === 1 ? noun : plural}`;

export function ListSummary({
  total,
  exact = true,
  shown,
  firstIndex,
  noun,
  plural,
  loading,
  emptyText,
}: {
  total: number | null;
  /** False when more than `total` match (a bounded count, `totalCountIsExact`): "more than 1,000 creators". */
  exact?: boolean;
  shown: number;
  /** 1-based position of the first row shown. */
  firstIndex: number;
  noun: string;
  plural?: string;
  loading: boolean;
  emptyText: string;
}) {
  let text = '';
  const all = total === null ? '' : `${exact ? '' : 'more than '}${countOf(total, noun, plural)}`;
  if (total === null) text = loading ? `Loading ${plural ?? `${noun}s`}…` : '';
  else if (total === 0) text = emptyText;
  // A page past the end: its rows were taken off the list (verified, archived) since it was opened.
  else if (shown === 0) text = `${all}, none on this page`;
  else if (shown >= total && exact) text = all;
  else text = `Showing ${count.format(firstIndex)}–${count.format(firstIndex + shown - 1)} of ${all}`;
  return (
    <Text role="status" size="sm" c="dimmed" my="sm">
      {text}
    </Text>
  );
}

export function Pager({
  list,
  pageInfo,
  label,
}: {
  list: AnyListParams;
  pageInfo: PageInfoLike;
  label: string;
}) {
  const hasPrevious = list.page > 1;
  const hasNext = pageInfo.hasNextPage && !!pageInfo.endCursor;
  if (!hasPrevious && !hasNext) return null;
  return (
    <Group component="nav" aria-label={label} justify="space-between" mt="md">
      <PageButton
        enabled={hasPrevious}
        onClick={() => pageInfo.startCursor && list.previous(pageInfo.startCursor)}
      >
        Previous page
      </PageButton>
      <Text size="sm">Page {list.page}</Text>
      <PageButton enabled={hasNext} onClick={() => pageInfo.endCursor && list.next(pageInfo.endCursor)}>
        Next page
      </PageButton>
    </Group>
  );
}

/**
 * A pager button that stays focusable when it cannot be used (aria-disabled, not disabled): reaching the
 * last page must not throw keyboard focus out of the pager.
 */
function PageButton({
  enabled,
  onClick,
  children,
}: {
  enabled: boolean;
  onClick: () => void;
  children: string;
}) {
  return (
    <Button
      variant="default"
      aria-disabled={!enabled || undefined}
      data-disabled={!enabled || undefined}
      onClick={(event) => {
        if (!enabled) event.preventDefault();
        else onClick();
      }}
    >
      {children}
    </Button>
  );
}
