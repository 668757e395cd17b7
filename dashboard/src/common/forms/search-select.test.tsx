/**
 * A searched select whose chosen id's name has not loaded yet (a filter from a shared link, named by a
 * `node(id)` query still on its way) keeps the choice when focus passes through it: it shows that the
 * name is loading, and leaving the field does not empty it, which would clear the filter.
 */
import { screen } from '@testing-library/react';
import { Provider } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { GrantOrganisationChoicesQuery } from '../../features/grants/grants.operations';
import { renderWithApp } from '../../test/render';
import { standInServer } from '../../test/stand-in-server';
import { CHOSEN_LOADING, SearchSelect } from './search-select';

describe('a searched select', () => {
  it('keeps a chosen id whose name is still loading when focus passes through it', async () => {
    const server = standInServer(() => ({
      organisations: { __typename: 'OrganisationConnection', nodes: [] },
    }));
    const onChange = vi.fn();
    const { user } = renderWithApp(
      <Provider value={server.client}>
        <SearchSelect
          label="Organisation"
          query={GrantOrganisationChoicesQuery}
          variables={(search) => ({ search })}
          options={(d) => d.organisations.nodes.map((o) => ({ value: o.id, label: o.name }))}
          nothingFound="No organisation by that name"
          value="O350"
          onChange={onChange}
          clearable
        />
        <button type="button">Next</button>
      </Provider>,
    );
    const field = await screen.findByRole('combobox', { name: 'Organisation' });
    expect(field).toHaveValue(CHOSEN_LOADING);
    await user.click(field);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
    expect(onChange).not.toHaveBeenCalled();
    expect(field).toHaveValue(CHOSEN_LOADING);
  });
});
