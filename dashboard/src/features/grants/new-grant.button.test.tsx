/**
 * "New grant" in front of a stand-in server holding 400 organisations and 150 campaigns (through the
 * dashboard's Graphcache): the organisation and the campaign are searched on the server as they are typed,
 * so one far past the first hundred can be chosen (the dialog used to offer the first 100 it loaded, and the
 * rest could never get a grant); what is missing is said next to each field; a refusal keeps what was typed.
 */

import { screen, waitFor } from '@testing-library/react';
import { type Client, Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import { CurrentUserProvider } from '../../common/permissions/current-user';
import type { StaffRole } from '../../gql/graphql';
import { renderWithApp } from '../../test/render';
import { refusal, standInServer } from '../../test/stand-in-server';
import { NewGrantButton } from './new-grant.button';

const organisations = Array.from({ length: 400 }, (_, i) => ({
  __typename: 'Organisation',
  id: `O${i + 1}`,
  name: `Organisation ${String(i + 1).padStart(3, '0')}`,
}));
const campaigns = Array.from({ length: 150 }, (_, i) => ({
  __typename: 'Campaign',
  id: `C${i + 1}`,
  name: `Campaign ${String(i + 1).padStart(3, '0')}`,
}));

const matching = <T extends { name: string }>(rows: T[], search: unknown) =>
  rows.filter((r) => r.name.toLowerCase().includes(String(search ?? '').toLowerCase())).slice(0, 20);

/** The choices answered by name; the mutation answered with `created`, or refused when it is null. */
function server(created: object | null) {
  return standInServer((name, variables) => {
    if (name === 'GrantOrganisationChoices')
      return {
        organisations: {
          __typename: 'OrganisationConnection',
          nodes: matching(organisations, variables.search),
        },
      };
    if (name === 'GrantCampaignChoices')
      return {
        campaigns: { __typename: 'CampaignConnection', nodes: matching(campaigns, variables.search) },
      };
    if (name === 'CreateGrant' && created) return created;
    return refusal('The input is not valid', 'BAD_USER_INPUT');
  });
}

const created = (organisationId: string, name: string) => ({
  createAdCreditGrant: {
    __typename: 'AdCreditGrantPayload',
    grant: {
      __typename: 'AdCreditGrant',
      id: 'G1',
      amount: { __typename: 'Money', formatted: 'US$2,500.00' },
      organisation: { __typename: 'Organisation', id: organisationId, name },
    },
  },
});

const open = async (client: Client, role: StaffRole = 'EDITOR') => {
  const rendered = renderWithApp(
    <Provider value={client}>
      <CurrentUserProvider user={{ id: 'u1', email: 'u@beacon.test', displayName: 'U', role }}>
        <NewGrantButton />
      </CurrentUserProvider>
    </Provider>,
    { route: '/grants' },
  );
  await rendered.user.click(screen.getByRole('button', { name: 'New grant' }));
  await screen.findByRole('dialog', { name: 'New ad-credit grant' });
  return rendered;
};

/** Types into a searched choice until the server's match is offered, and chooses it. */
async function choose(user: ReturnType<typeof renderWithApp>['user'], label: string, typed: string) {
  const field = screen.getByRole('combobox', { name: label });
  await user.clear(field);
  await user.type(field, typed);
  await user.click(await screen.findByRole('option', { name: typed }));
  await waitFor(() => expect(field).toHaveValue(typed));
}

describe('New grant', () => {
  it('says what is missing next to each field and sends nothing', async () => {
    const { client, sent } = server(null);
    const { user } = await open(client);
    await user.click(screen.getByRole('button', { name: 'Add grant' }));
    expect(await screen.findByText('Choose the organisation')).toBeVisible();
    expect(screen.getByText('Choose the campaign')).toBeVisible();
    expect(screen.getByText('Enter the amount')).toBeVisible();
    expect(sent.filter((op) => op.name === 'CreateGrant')).toHaveLength(0);
  });

  it('finds an organisation and a campaign far past the first hundred by asking the server, and grants to them', async () => {
    const { client, sent } = server(created('O350', 'Organisation 350'));
    const { user } = await open(client);
    // Only the first page is offered before anything is typed.
    await user.click(screen.getByRole('combobox', { name: 'Organisation' }));
    await screen.findByRole('option', { name: 'Organisation 001' });
    expect(screen.queryByRole('option', { name: 'Organisation 350' })).not.toBeInTheDocument();

    await choose(user, 'Organisation', 'Organisation 350');
    expect(
      sent.some((op) => op.name === 'GrantOrganisationChoices' && op.variables.search === 'Organisation 350'),
    ).toBe(true);
    await choose(user, 'Campaign', 'Campaign 140');
    await user.type(screen.getByRole('textbox', { name: /Amount/ }), '2500');
    await user.click(screen.getByRole('button', { name: 'Add grant' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent.find((op) => op.name === 'CreateGrant')?.variables).toMatchObject({
      input: {
        organisationId: 'O350',
        campaignId: 'C140',
        amountMinor: 250_000,
        currency: 'USD',
        status: 'PLEDGED',
      },
    });
    expect(await screen.findAllByText('US$2,500.00 granted to Organisation 350')).not.toHaveLength(0);
  });

  it('shows the server’s refusal in the dialog and keeps what was typed and chosen, like Edit grant', async () => {
    const { client } = server(null);
    const { user } = await open(client);
    await choose(user, 'Organisation', 'Organisation 002');
    await choose(user, 'Campaign', 'Campaign 001');
    await user.type(screen.getByRole('textbox', { name: /Amount/ }), '2500');
    await user.click(screen.getByRole('button', { name: 'Add grant' }));
    expect(await screen.findByText('The grant was not added')).toBeVisible();
    expect(screen.getByRole('dialog', { name: 'New ad-credit grant' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Amount/ })).toHaveValue('2500');
    expect(screen.getByRole('combobox', { name: 'Organisation' })).toHaveValue('Organisation 002');
  });

  it('is disabled for a viewer, who cannot open it', () => {
    const { client } = server(null);
    renderWithApp(
      <Provider value={client}>
        <CurrentUserProvider user={{ id: 'u1', email: 'u@beacon.test', displayName: 'U', role: 'VIEWER' }}>
          <NewGrantButton />
        </CurrentUserProvider>
      </Provider>,
    );
    expect(screen.getByRole('button', { name: 'New grant' })).toBeDisabled();
  });
});
