import { act, screen } from '@testing-library/react';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { type ListParams, useListParams } from './use-list-params';

let list: ListParams<'HANDLE' | 'FOLLOWERS'>;

function Probe() {
  list = useListParams({
    filters: ['q', 'topic', 'consent'],
    sorts: ['HANDLE', 'FOLLOWERS'],
    defaultSort: 'HANDLE',
  });
  const location = useLocation();
  return <output aria-label="address">{location.search}</output>;
}

const address = () => new URLSearchParams(screen.getByRole('status', { name: 'address' }).textContent ?? '');

describe('a list’s state in the URL', () => {
  it('keeps both of two filter changes made before the list renders again', () => {
    renderWithApp(<Probe />, { route: '/creators?topic=PEER_SUPPORT&after=abc&page=2' });
    act(() => {
      // A fast user (or a busy machine): the topic is cleared and consent chosen before React renders.
      list.set({ topic: null });
      list.set({ consent: 'none' });
    });
    expect(address().get('topic')).toBeNull();
    expect(address().get('consent')).toBe('none');
    expect(address().get('after')).toBeNull();
  });

  it('starts from what is shown again after a navigation of its own, such as Back', () => {
    renderWithApp(<Probe />, { route: '/creators?q=ava' });
    act(() => list.set({ topic: 'PEER_SUPPORT' }));
    act(() => list.setSort('FOLLOWERS'));
    expect(Object.fromEntries(address())).toEqual({ q: 'ava', topic: 'PEER_SUPPORT', sort: 'FOLLOWERS' });
    act(() => list.next('cursor-1'));
    expect(address().get('page')).toBe('2');
    act(() => list.set({ q: 'ben' }));
    expect(Object.fromEntries(address())).toEqual({ q: 'ben', topic: 'PEER_SUPPORT', sort: 'FOLLOWERS' });
  });
});
