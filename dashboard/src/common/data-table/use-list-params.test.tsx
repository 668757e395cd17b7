import { MantineProvider, NativeSelect } from '@mantine/core';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, use } from 'react';
import { BrowserRouter, useLocation, useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { ListParamsProvider } from './list-params-queue';
import { type ListParams, useListParams } from './use-list-params';

let list: ListParams<'HANDLE' | 'FOLLOWERS'>;
let navigate: ReturnType<typeof useNavigate>;

function Probe() {
  list = useListParams({
    filters: ['q', 'topic', 'consent', 'status'],
    sorts: ['HANDLE', 'FOLLOWERS'],
    defaultSort: 'HANDLE',
  });
  navigate = useNavigate();
  return (
    <NativeSelect
      label="Status"
      value={list.get('status') ?? ''}
      onChange={(event) => list.set({ status: event.currentTarget.value })}
      data={[
        { value: '', label: 'Any status' },
        { value: 'live', label: 'Live' },
        { value: 'archived', label: 'Archived' },
      ]}
    />
  );
}

/** A second list on the same page, with its own params. */
let overdue: ListParams<'OLDEST' | 'NEWEST'> | undefined;
function Overdue() {
  overdue = useListParams({
    prefix: 'overdue-',
    filters: ['q'],
    sorts: ['OLDEST', 'NEWEST'],
    defaultSort: 'OLDEST',
  });
  return null;
}

/** The address bar, as the router has rendered it. */
function Address() {
  const location = useLocation();
  return <output aria-label="address">{location.search}</output>;
}

/**
 * A route that is slow to render a new address (a busy machine, a page still loading): every address but
 * the first waits for `held`, so the router's transition to it waits too.
 */
function SlowRoute({ held, first }: { held: Promise<void>; first: string }) {
  const location = useLocation();
  if (location.search !== first) use(held);
  return null;
}

function hold() {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { held, release };
}

const address = () => new URLSearchParams(screen.getByRole('status', { name: 'address' }).textContent ?? '');
const status = () => screen.getByRole<HTMLSelectElement>('combobox', { name: 'Status' });

describe('a list’s state in the URL', () => {
  it('keeps both of two filter changes made before the list renders again', () => {
    renderWithApp(
      <>
        <Probe />
        <Address />
      </>,
      { route: '/creators?topic=PEER_SUPPORT&after=abc&page=2' },
    );
    act(() => {
      // A fast user (or a busy machine): the topic is cleared and consent chosen before React renders.
      list.set({ topic: null });
      list.set({ consent: 'none' });
    });
    expect(address().get('topic')).toBeNull();
    expect(address().get('consent')).toBe('none');
    expect(address().get('after')).toBeNull();
  });

  it('shows each choice in the filter at once while the address is still catching up, and keeps the last', async () => {
    const { held, release } = hold();
    const { user } = renderWithApp(
      <>
        <Probe />
        <Address />
        <Suspense fallback={null}>
          <SlowRoute held={held} first="?q=ava" />
        </Suspense>
      </>,
      { route: '/resources?q=ava' },
    );
    // (Inside an awaited act: the router's transition suspends, and React wants to be awaited then.)
    const choose = (value: string) => act(() => user.selectOptions(status(), value));
    await choose('live');
    // The router has not rendered the new address yet; the select shows the choice all the same, so the
    // next arrow key moves on from it rather than from the old value.
    expect(address().get('status')).toBeNull();
    expect(status().value).toBe('live');
    expect(list.get('status')).toBe('live');
    await choose('archived');
    expect(status().value).toBe('archived');
    expect(list.get('q')).toBe('ava');

    await act(async () => release());
    await waitFor(() => expect(address().get('status')).toBe('archived'));
    expect(address().get('q')).toBe('ava');
    expect(status().value).toBe('archived');
  });

  it('starts from what is shown again after a navigation of its own, such as Back', async () => {
    renderWithApp(
      <>
        <Probe />
        <Address />
      </>,
      { route: '/creators?q=ava' },
    );
    act(() => list.set({ topic: 'PEER_SUPPORT' }));
    act(() => list.setSort('FOLLOWERS'));
    expect(Object.fromEntries(address())).toEqual({ q: 'ava', topic: 'PEER_SUPPORT', sort: 'FOLLOWERS' });
    act(() => list.next('cursor-1'));
    expect(address().get('page')).toBe('2');
    act(() => list.next('cursor-2'));
    expect(address().get('page')).toBe('3');
    await act(async () => navigate(-1));
    expect(address().get('page')).toBe('2');
    expect(list.page).toBe(2);
    act(() => list.set({ q: 'ben' }));
    expect(Object.fromEntries(address())).toEqual({ q: 'ben', topic: 'PEER_SUPPORT', sort: 'FOLLOWERS' });
    act(() => list.set({ status: 'live' }));
    await act(async () => navigate(-2));
    expect(Object.fromEntries(address())).toEqual({
      q: 'ava',
      topic: 'PEER_SUPPORT',
      sort: 'FOLLOWERS',
      page: '2',
      after: 'cursor-1',
    });
    expect(status().value).toBe('');
  });

  it('lets Back win over a change the address has not caught up with yet', async () => {
    window.history.replaceState(null, '', '/resources');
    const { held, release } = hold();
    const user = userEvent.setup();
    render(
      <MantineProvider env="test">
        <BrowserRouter>
          <ListParamsProvider>
            <Probe />
            <Address />
            <Suspense fallback={null}>
              <SlowRoute held={held} first="" />
            </Suspense>
          </ListParamsProvider>
        </BrowserRouter>
      </MantineProvider>,
    );
    await act(() => user.selectOptions(status(), 'live'));
    expect(status().value).toBe('live');
    // Back before the list rendered the choice: the browser is on the first address again, and so is the list.
    await act(async () => {
      const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      window.history.back();
      await popped;
    });
    await act(async () => release());
    expect(window.location.search).toBe('');
    expect(address().get('status')).toBeNull();
    expect(status().value).toBe('');
  });

  it('keeps every change of two lists made before either renders again', () => {
    renderWithApp(
      <>
        <Probe />
        <Overdue />
        <Address />
      </>,
      { route: '/crisis-resources?region=IE' },
    );
    act(() => {
      list.set({ q: 'ava' });
      overdue?.next('o25');
      list.setSort('FOLLOWERS');
      overdue?.setSort('NEWEST');
    });
    expect(Object.fromEntries(address())).toEqual({
      region: 'IE',
      q: 'ava',
      sort: 'FOLLOWERS',
      'overdue-sort': 'NEWEST',
    });
    act(() => {
      overdue?.next('o25');
      list.next('r25');
    });
    expect(Object.fromEntries(address())).toMatchObject({
      'overdue-after': 'o25',
      'overdue-page': '2',
      after: 'r25',
      page: '2',
    });
  });

  it('keeps two lists on one page apart: each pages and filters without moving the other', async () => {
    const second = () => overdue as ListParams<'OLDEST' | 'NEWEST'>;
    renderWithApp(
      <>
        <Probe />
        <Overdue />
        <Address />
      </>,
      { route: '/crisis-resources?region=IE&after=r25&page=2' },
    );
    expect(list.page).toBe(2);
    expect(second().page).toBe(1);
    expect(second().pageVariables(25)).toEqual({ first: 25, after: null, last: null, before: null });
    expect(second().get('region')).toBeNull();

    act(() => second().next('o25'));
    act(() => second().next('o50'));
    expect(Object.fromEntries(address())).toEqual({
      region: 'IE',
      after: 'r25',
      page: '2',
      'overdue-after': 'o50',
      'overdue-page': '3',
    });
    expect(second().page).toBe(3);
    expect(second().pageVariables(25)).toEqual({ first: 25, after: 'o50', last: null, before: null });
    expect(list.page).toBe(2);
    expect(list.pageVariables(25)).toEqual({ first: 25, after: 'r25', last: null, before: null });

    // Filtering or sorting one list takes only that list back to its first page.
    act(() => list.set({ q: 'ava' }));
    expect(Object.fromEntries(address())).toEqual({
      region: 'IE',
      q: 'ava',
      'overdue-after': 'o50',
      'overdue-page': '3',
    });
    expect(second().get('q')).toBeNull();
    act(() => second().previous('o26'));
    expect(address().get('overdue-before')).toBe('o26');
    expect(address().get('overdue-page')).toBe('2');
    act(() => second().setSort('NEWEST'));
    act(() => second().set({ q: 'sam' }));
    expect(Object.fromEntries(address())).toEqual({
      region: 'IE',
      q: 'ava',
      'overdue-sort': 'NEWEST',
      'overdue-q': 'sam',
    });
    expect(second().get('q')).toBe('sam');
    expect(list.get('q')).toBe('ava');
    expect(list.sort).toBe('HANDLE');
    act(() => list.next('r20'));
    act(() => second().next('o25'));
    act(() => list.first());
    expect(Object.fromEntries(address())).toEqual({
      region: 'IE',
      q: 'ava',
      'overdue-sort': 'NEWEST',
      'overdue-q': 'sam',
      'overdue-after': 'o25',
      'overdue-page': '2',
    });

    // Back undoes the last change of either list.
    await act(async () => navigate(-1));
    expect(list.page).toBe(2);
    expect(second().page).toBe(2);
  });
});
