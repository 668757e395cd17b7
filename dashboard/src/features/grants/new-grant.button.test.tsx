import { screen, waitFor } from '@testing-library/react';
import { type Client, Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import { CurrentUserProvider } from '../../common/permissions/current-user';
import type { StaffRole } from '../../gql/graphql';
import { answeringServer as server } from '../../test/answering-server';
import { renderWithApp } from '../../test/render';
import { NewGrantButton } from './new-grant.button';

const GRANT = {
  __typename: 'AdCreditGrant',
  id: 'G1',
  amount: { __typename: 'Money', formatted: 'US$2,500.00' },
  organisation: { __typename: 'Organisation', id: 'O1', name: 'Open Door Helpline' },
};

const open = async (client: Client, role: StaffRole = 'EDITOR') => {
  const rendered = renderWithApp(
    <Provider value={client}>
      <CurrentUserProvider user={{ id: 'u1', email: 'u@beacon.test', displayName: 'U', role }}>
        <NewGrantButton
          organisations={[{ id: 'O1', name: 'Open Door Helpline' }]}
          campaigns={[{ id: 'C1', name: 'Safer Internet Day 2025' }]}
        />
      </CurrentUserProvider>
    </Provider>,
    { route: '/grants' },
  );
  await rendered.user.click(screen.getByRole('button', { name: 'New grant' }));
  await screen.findByRole('dialog', { name: 'New ad-credit grant' });
  return rendered;
};

describe('New grant', () => {
  it('says what is missing next to each field and sends nothing', async () => {
    const { client, sent } = server({ data: { createAdCreditGrant: { grant: GRANT } } });
    const { user } = await open(client);
    await user.click(screen.getByRole('button', { name: 'Add grant' }));
    expect(await screen.findByText('Choose the organisation')).toBeVisible();
    expect(screen.getByText('Choose the campaign')).toBeVisible();
    expect(screen.getByText('Enter the amount')).toBeVisible();
    expect(sent.filter((op) => op.kind === 'mutation')).toHaveLength(0);
  });

  it('creates the grant with the amount in minor units, announces it and closes', async () => {
    const { client, sent } = server({ data: { createAdCreditGrant: { grant: GRANT } } });
    const { user } = await open(client);
    await user.selectOptions(screen.getByLabelText(/Organisation/), 'O1');
    await user.selectOptions(screen.getByLabelText(/Campaign/), 'C1');
    await user.type(screen.getByRole('textbox', { name: /Amount/ }), '2500');
    await user.click(screen.getByRole('button', { name: 'Add grant' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const mutation = sent.find((op) => op.kind === 'mutation');
    expect(mutation?.variables).toMatchObject({
      input: {
        organisationId: 'O1',
        campaignId: 'C1',
        amountMinor: 250_000,
        currency: 'USD',
        status: 'PLEDGED',
      },
    });
    expect(await screen.findAllByText('US$2,500.00 granted to Open Door Helpline')).not.toHaveLength(0);
  });

  it('shows the server’s refusal in the dialog and keeps what was typed, like Edit grant', async () => {
    const { client } = server({
      errors: [
        {
          message: 'The input is not valid',
          extensions: {
            code: 'BAD_USER_INPUT',
          },
        },
      ],
    } as never);
    const { user } = await open(client);
    await user.selectOptions(screen.getByLabelText(/Organisation/), 'O1');
    await user.selectOptions(screen.getByLabelText(/Campaign/), 'C1');
    await user.type(screen.getByRole('textbox', { name: /Amount/ }), '2500');
    await user.click(screen.getByRole('button', { name: 'Add grant' }));
    expect(await screen.findByText('The grant was not added')).toBeVisible();
    expect(screen.getByRole('dialog', { name: 'New ad-credit grant' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Amount/ })).toHaveValue('2500');
  });

  it('is disabled for a viewer, who cannot open it', () => {
    const { client } = server({});
    renderWithApp(
      <Provider value={client}>
        <CurrentUserProvider user={{ id: 'u1', email: 'u@beacon.test', displayName: 'U', role: 'VIEWER' }}>
          <NewGrantButton organisations={[]} campaigns={[]} />
        </CurrentUserProvider>
      </Provider>,
    );
    expect(screen.getByRole('button', { name: 'New grant' })).toBeDisabled();
  });
});
