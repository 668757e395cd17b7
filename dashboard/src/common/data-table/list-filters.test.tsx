import { NativeSelect } from '@mantine/core';
import { screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { ListFilters } from './list-filters';
import { ListTextFilter } from './search-field';
import { useListParams } from './use-list-params';

const FILTERS = ['q', 'topic', 'region', 'status'] as const;

function Where() {
  return <output aria-label="URL">{useLocation().search}</output>;
}

function Creators() {
  const list = useListParams({ filters: FILTERS, sorts: ['HANDLE', 'NEWEST'], defaultSort: 'HANDLE' });
  return (
    <>
      <ListFilters
        list={list}
        results={{ total: 25, exact: true, noun: 'creator', plural: 'creators' }}
        config={{
          names: ['topic', 'region', 'status'],
          search: {
            name: 'q',
            field: <ListTextFilter params={list} name="q" label="Search" type="search" />,
          },
          controls: (
            <>
              <NativeSelect
                label="Topic"
                value={list.get('topic') ?? ''}
                onChange={(e) => list.set({ topic: e.currentTarget.value })}
                data={[
                  { value: '', label: 'Any topic' },
                  { value: 'GRIEF', label: 'Grief' },
                ]}
              />
              <ListTextFilter params={list} name="region" label="Region" />
              <NativeSelect
                label="Standing"
                value={list.get('status') ?? ''}
                onChange={(e) => list.set({ status: e.currentTarget.value })}
                data={[
                  { value: '', label: 'Any standing' },
                  { value: 'suspended', label: 'Suspended' },
                ]}
              />
            </>
          ),
        }}
      />
      <Where />
    </>
  );
}

const url = () => screen.getByRole('status', { name: 'URL' }).textContent;

/** Answers media queries as a 390 px phone would (the setup file answers as a desktop). */
function actAsPhone() {
  const desktop = window.matchMedia;
  window.matchMedia = ((query: string) => ({
    ...desktop(query),
    matches: /max-width/.test(query),
  })) as typeof window.matchMedia;
  return () => {
    window.matchMedia = desktop;
  };
}

describe('ListFilters at desktop widths', () => {
  it('shows every filter in one row, with no Filters button', () => {
    renderWithApp(<Creators />);
    expect(screen.getByLabelText('Topic')).toBeVisible();
    expect(screen.getByLabelText('Region')).toBeVisible();
    expect(screen.queryByRole('button', { name: /Filters/ })).not.toBeInTheDocument();
  });
});

describe('ListFilters on a phone', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = actAsPhone();
  });
  afterEach(() => restore());

  it('keeps the search in view and tucks the other filters behind a button that counts those set', () => {
    renderWithApp(<Creators />, { route: '/creators?q=ava&topic=GRIEF&region=GB' });
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('ava');
    expect(screen.getByRole('button', { name: /^Filters\s*2 active$/ })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens the drawer with the keyboard, sets a filter in the URL, and Escape returns focus to the button', async () => {
    const { user } = renderWithApp(<Creators />, { route: '/creators' });
    const button = screen.getByRole('button', { name: 'Filters' });
    button.focus();
    await user.keyboard('{Enter}');
    const drawer = await screen.findByRole('dialog', { name: 'Filters' });
    await waitFor(() => expect(drawer).toContainElement(document.activeElement as HTMLElement));

    await user.selectOptions(within(drawer).getByLabelText('Standing'), 'Suspended');
    expect(url()).toBe('?status=suspended');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: /^Filters\s*1 active$/ })).toHaveFocus());
  });

  it('clears every narrowing in the drawer with "Clear all", the search included, and says so beforehand', async () => {
    const { user } = renderWithApp(<Creators />, {
      route: '/creators?q=ava&topic=GRIEF&region=GB&status=suspended',
    });
    await user.click(screen.getByRole('button', { name: /^Filters\s*3 active$/ }));
    const drawer = await screen.findByRole('dialog', { name: 'Filters' });
    expect(within(drawer).getByLabelText('Region')).toHaveValue('GB');
    // The search sits above the drawer, out of sight behind it: the button says it clears that too.
    const clearAll = within(drawer).getByRole('button', { name: 'Clear all' });
    expect(clearAll).toHaveAccessibleDescription('Also clears the search “ava”.');
    await user.click(clearAll);
    expect(url()).toBe('');
    expect(within(drawer).getByLabelText('Topic')).toHaveValue('');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
    await user.click(within(drawer).getByRole('button', { name: 'Show 25 creators' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Filters' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear all' })).not.toBeInTheDocument();
  });

  it('offers "Clear all" beside the button for a search alone, and it clears the search', async () => {
    const { user } = renderWithApp(<Creators />, { route: '/creators?q=ava' });
    // Nothing is set behind the button: its count stays honest at none.
    expect(screen.getByRole('button', { name: 'Filters' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(url()).toBe('');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Filters' })).toHaveFocus();
  });

  it('says nothing of a search in the drawer when there is none', async () => {
    const { user } = renderWithApp(<Creators />, { route: '/creators?topic=GRIEF' });
    await user.click(screen.getByRole('button', { name: /^Filters\s*1 active$/ }));
    const drawer = await screen.findByRole('dialog', { name: 'Filters' });
    expect(within(drawer).getByRole('button', { name: 'Clear all' })).not.toHaveAccessibleDescription();
  });
});
