import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/render';
import { listColumns } from './columns';
import { DataTable } from './data-table';

type Person = { id: string; name: string; followers: number };
const col = listColumns<Person>();
const columns = col.columns([
  col.accessor('name', {
    header: 'Name',
    meta: { rowHeader: true, serverSort: { value: 'NAME', direction: 'ascending' } },
  }),
  col.accessor('followers', {
    header: 'Followers',
    meta: { numeric: true, serverSort: { value: 'FOLLOWERS', direction: 'descending' } },
  }),
]);
const people = (n: number): Person[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    name: `Person ${String(i).padStart(5, '0')}`,
    followers: (i * 7919) % 1000,
  }));

/** A list the server sorts by day both ways: newest first or earliest first. */
type Occasion = { id: string; title: string; day: string };
const ev = listColumns<Occasion>();
const byDay = ev.columns([
  ev.accessor('title', { header: 'Title', meta: { rowHeader: true } }),
  ev.accessor('day', {
    header: 'Day',
    meta: {
      serverSort: [
        { value: 'NEWEST', direction: 'descending' },
        { value: 'EARLIEST', direction: 'ascending' },
      ],
    },
  }),
]);
function Events({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DataTable
        label="Events"
        rows={[{ id: 'e1', title: 'Launch', day: '2024-05-01' }]}
        columns={byDay}
        getRowId={(e) => e.id}
        sort={{ value, onChange: setValue }}
      />
      <output aria-label="Order">{value}</output>
    </>
  );
}

describe('DataTable', () => {
  it('draws a real table: a caption, column headers and a row header naming each row', () => {
    renderWithApp(<DataTable label="People" rows={people(3)} columns={columns} getRowId={(p) => p.id} />);
    const table = screen.getByRole('table', { name: 'People' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Name', 'Followers']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Person 00000', 'Person 00001', 'Person 00002']);
  });

  it('asks the server for another order from a header button, and marks the order the list is in', async () => {
    const onChange = vi.fn();
    const { user } = renderWithApp(
      <DataTable
        label="People"
        rows={people(3)}
        columns={columns}
        getRowId={(p) => p.id}
        sort={{ value: 'NAME', onChange }}
      />,
    );
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: /Followers/ })).not.toHaveAttribute('aria-sort');
    await user.click(screen.getByRole('button', { name: 'Followers' }));
    expect(onChange).toHaveBeenCalledWith('FOLLOWERS');
  });

  it('goes from one order to the next of a column the server sorts both ways', async () => {
    const header = () => screen.getByRole('columnheader', { name: /Day/ });
    const order = () => screen.getByRole('status', { name: 'Order' }).textContent;
    const { user, unmount } = renderWithApp(<Events initial="NEWEST" />);
    expect(header()).toHaveAttribute('aria-sort', 'descending');
    await user.click(screen.getByRole('button', { name: 'Day' }));
    expect(order()).toBe('EARLIEST');
    expect(header()).toHaveAttribute('aria-sort', 'ascending');
    await user.click(screen.getByRole('button', { name: 'Day' }));
    expect(order()).toBe('NEWEST');
    expect(header()).toHaveAttribute('aria-sort', 'descending');
    unmount();
    // Sorted by another column: the header starts at its first order.
    const again = renderWithApp(<Events initial="TITLE" />);
    expect(header()).not.toHaveAttribute('aria-sort');
    await again.user.click(screen.getByRole('button', { name: 'Day' }));
    expect(order()).toBe('NEWEST');
  });

  it('sorts a local list in the browser, ascending then descending', async () => {
    const { user } = renderWithApp(
      <DataTable label="People" rows={people(5)} columns={columns} getRowId={(p) => p.id} sort="client" />,
    );
    const followers = () => screen.getAllByRole('cell').map((c) => Number(c.textContent));
    await user.click(screen.getByRole('button', { name: 'Followers' }));
    const once = followers();
    expect(screen.getByRole('columnheader', { name: /Followers/ }).getAttribute('aria-sort')).toMatch(
      /ascending|descending/,
    );
    await user.click(screen.getByRole('button', { name: 'Followers' }));
    expect(followers()).toEqual([...once].reverse());
  });

  it('renders only the rows near the viewport of a long list, telling assistive technology the full count', () => {
    // jsdom lays nothing out; give rows the height a browser would, as the virtualiser measures them.
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(48);
    renderWithApp(
      <DataTable label="People" rows={people(10_000)} columns={columns} getRowId={(p) => p.id} />,
    );
    const table = screen.getByRole('table', { name: 'People' });
    expect(table).toHaveAttribute('aria-rowcount', '10001');
    const rows = within(table).getAllByRole('rowheader');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(100);
    expect(rows[0]?.closest('tr')).toHaveAttribute('aria-rowindex', '2');
    vi.restoreAllMocks();
  });

  it('with a bounded height, scrolls its rows in a box the keyboard can reach, drawing only some of them', () => {
    renderWithApp(
      <DataTable
        label="People"
        rows={people(10_000)}
        columns={columns}
        getRowId={(p) => p.id}
        maxHeight="30rem"
      />,
    );
    const box = screen.getByRole('region', { name: 'People' });
    expect(box).toHaveAttribute('tabindex', '0');
    expect(box).toHaveStyle({ maxHeight: '30rem' });
    const table = within(box).getByRole('table', { name: 'People' });
    expect(table).toHaveAttribute('aria-rowcount', '10001');
    expect(within(table).queryAllByRole('rowheader').length).toBeLessThan(100);
  });
});
