import { screen } from '@testing-library/react';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { ParamSelect, SortSelect } from './param-select';
import { useListParams } from './use-list-params';

const SORTS = ['HANDLE', 'NEWEST'] as const;

function Standing() {
  const list = useListParams({ filters: ['status'], sorts: SORTS, defaultSort: 'HANDLE' });
  return (
    <>
      <ParamSelect
        list={list}
        name="status"
        label="Standing"
        any="Any standing"
        options={[
          { value: 'active', label: 'Active' },
          { value: 'suspended', label: 'Suspended' },
        ]}
      />
      <SortSelect list={list} sorts={SORTS} labels={{ HANDLE: 'Handle, A to Z', NEWEST: 'Newest first' }} />
      <output aria-label="URL">{useLocation().search}</output>
    </>
  );
}

const url = () => screen.getByRole('status', { name: 'URL' }).textContent;

describe('ParamSelect', () => {
  it('shows the filter in the URL and sets it, going back to the first page', async () => {
    const { user } = renderWithApp(<Standing />, { route: '/creators?status=active&page=3&after=abc' });
    expect(screen.getByLabelText('Standing')).toHaveDisplayValue('Active');
    await user.selectOptions(screen.getByLabelText('Standing'), 'Suspended');
    expect(url()).toBe('?status=suspended');
    await user.selectOptions(screen.getByLabelText('Standing'), 'Any standing');
    expect(url()).toBe('');
  });

  it('shows a value it does not offer as no filter', () => {
    renderWithApp(<Standing />, { route: '/creators?status=retired' });
    expect(screen.getByLabelText('Standing')).toHaveValue('');
    expect(screen.getByLabelText('Standing')).toHaveDisplayValue('Any standing');
  });
});

describe('SortSelect', () => {
  it('sorts through the URL, leaving the default sort out of it', async () => {
    const { user } = renderWithApp(<Standing />, { route: '/creators' });
    expect(screen.getByLabelText('Sort by')).toHaveDisplayValue('Handle, A to Z');
    await user.selectOptions(screen.getByLabelText('Sort by'), 'Newest first');
    expect(url()).toBe('?sort=NEWEST');
    await user.selectOptions(screen.getByLabelText('Sort by'), 'Handle, A to Z');
    expect(url()).toBe('');
  });
});
