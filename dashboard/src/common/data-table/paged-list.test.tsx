import { screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/render';
import { listColumns } from './columns';
import { PagedList } from './paged-list';
import { type AnyListParams, useListParams } from './use-list-params';

type Creator = { id: string; handle: string };
type Data = {
  creators: {
    totalCount: number;
    totalCountIsExact: boolean;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
    nodes: Creator[];
  };
};

const col = listColumns<Creator>();
const columns = col.columns([col.accessor('handle', { header: 'Handle', meta: { rowHeader: true } })]);

const page = (totalCount: number, totalCountIsExact = true): Data => ({
  creators: {
    totalCount,
    totalCountIsExact,
    pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: 'c0', endCursor: 'c19' },
    nodes: Array.from({ length: 20 }, (_, i) => ({ id: `c${i}`, handle: `creator${i}` })),
  },
});

function Creators({
  result,
  retry,
}: {
  result: Parameters<typeof PagedList<Data, Creator>>[0]['result'];
  retry?: () => void;
}) {
  const list: AnyListParams = useListParams({ filters: ['q'], sorts: ['HANDLE'], defaultSort: 'HANDLE' });
  return (
    <PagedList
      result={result}
      retry={retry ?? (() => {})}
      list={list}
      pageSize={20}
      connection={(data) => data.creators}
      noun="creator"
      label="Creators found"
      columns={columns}
    />
  );
}

const summary = () => screen.getAllByRole('status').map((s) => s.textContent);

describe('PagedList', () => {
  it('says how many match, and "more than" when the count stopped at its bound', () => {
    const exact = renderWithApp(<Creators result={{ data: page(55), fetching: false }} />);
    expect(summary()).toContain('Showing 1–20 of 55 creators');
    exact.unmount();
    renderWithApp(<Creators result={{ data: page(1000, false), fetching: false }} />);
    expect(summary()).toContain('Showing 1–20 of more than 1,000 creators');
    expect(screen.getAllByRole('rowheader')).toHaveLength(20);
  });

  it('shows a failed load with the request id and retries from the network', async () => {
    const retry = vi.fn();
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Something broke', {
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' },
        }),
      ],
    });
    const { user } = renderWithApp(<Creators result={{ error, fetching: false }} retry={retry} />);
    expect(screen.getByText('Creators could not be loaded')).toBeInTheDocument();
    expect(screen.getByText('req-42')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledWith({ requestPolicy: 'network-only' });
  });
});
