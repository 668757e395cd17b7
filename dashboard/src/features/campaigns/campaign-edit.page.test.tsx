/**
 * The partners picker asks the server for organisations matching what is typed, so any of a programme's
 * hundreds can be chosen (it used to offer the first 100 it loaded, and the rest could not be found), and
 * a chosen partner keeps its name after the search moves on. A campaign at the most programming windows it
 * can have says so, and the server's refusal of one more is shown with what was typed kept. Run through
 * the dashboard's Graphcache in front of a stand-in server holding 400 organisations.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import { CurrentUserProvider } from '../../common/permissions/current-user';
import { renderWithApp } from '../../test/render';
import { refusal, standInServer } from '../../test/stand-in-server';
import { CampaignEditPage } from './campaign-edit.page';

const organisations = Array.from({ length: 400 }, (_, i) => ({
  __typename: 'Organisation',
  id: `O${i + 1}`,
  name: `Organisation ${String(i + 1).padStart(3, '0')}`,
  kind: 'CHARITY',
  website: null,
  description: '',
}));

const windows = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    __typename: 'ProgrammingWindow',
    id: `W${i + 1}`,
    title: `Window ${i + 1}`,
    description: '',
    startsAt: new Date(Date.UTC(2030, 4, 1, 9) + i * 3_600_000).toISOString(),
    endsAt: new Date(Date.UTC(2030, 4, 1, 9, 30) + i * 3_600_000).toISOString(),
    timeZone: 'UTC',
  }));

const campaign = (partnerIds: string[], version = 1, windowCount = 0) => ({
  __typename: 'Campaign',
  id: 'CA1',
  slug: 'mham',
  name: 'Mental Health Awareness Month',
  hashtag: '#MHAM',
  theme: 'Talking helps',
  description: '',
  startsOn: '2030-05-01',
  endsOn: '2030-05-31',
  spotlightCapacity: 10,
  archivedAt: null,
  version,
  programmingWindows: {
    __typename: 'ProgrammingWindowConnection',
    totalCount: windowCount,
    nodes: windows(windowCount),
  },
  partners: {
    __typename: 'OrganisationConnection',
    totalCount: partnerIds.length,
    nodes: organisations.filter((o) => partnerIds.includes(o.id)),
  },
});

function renderEdit({ windowCount = 0 } = {}) {
  let partners = ['O1'];
  const server = standInServer((name, variables) => {
    if (name === 'Campaign') return { campaign: campaign(partners, 1, windowCount) };
    if (name === 'AddProgrammingWindow')
      return refusal(
        'Mental Health Awareness Month already has 100 programming windows, the most a campaign can have: remove one before adding another',
        'CAPACITY_REACHED',
      );
    if (name === 'PartnerOptions') {
      const search = ((variables.search as string | null) ?? '').toLowerCase();
      const matches = organisations.filter((o) => o.name.toLowerCase().includes(search));
      return {
        organisations: {
          __typename: 'OrganisationConnection',
          totalCount: matches.length,
          nodes: matches.slice(0, 20).map(({ id, name }) => ({ __typename: 'Organisation', id, name })),
        },
      };
    }
    if (name === 'UpdateCampaign') {
      const input = (variables as { input: { partnerIds?: string[] } }).input;
      partners = input.partnerIds ?? partners;
      return { updateCampaign: { __typename: 'CampaignPayload', campaign: campaign(partners, 2) } };
    }
    return undefined;
  });
  const rendered = renderWithApp(
    <Provider value={server.client}>
      <CurrentUserProvider user={{ id: 'S1', email: 'ed@beacon.test', displayName: 'Ed', role: 'EDITOR' }}>
        <Routes>
          <Route path="/campaigns/:slug/edit" element={<CampaignEditPage />} />
        </Routes>
      </CurrentUserProvider>
    </Provider>,
    { route: '/campaigns/mham/edit' },
  );
  return { ...rendered, ...server };
}

describe('the partners picker', () => {
  it('finds an organisation far past the first hundred by asking the server, and saves it as a partner', async () => {
    const { user, sent } = renderEdit();
    const picker = await screen.findByRole('combobox', { name: 'Partners' });
    // The current partner is shown by name.
    expect(screen.getByText('Organisation 001')).toBeInTheDocument();

    await user.type(picker, 'Organisation 350');
    await waitFor(() =>
      expect(
        sent.some((op) => op.name === 'PartnerOptions' && op.variables.search === 'Organisation 350'),
      ).toBe(true),
    );
    await user.click(await screen.findByRole('option', { name: 'Organisation 350' }));

    // The search moves on; the chosen one keeps its name.
    await user.type(picker, 'Organisation 002');
    await screen.findByRole('option', { name: 'Organisation 002' });
    expect(screen.getByText('Organisation 350')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save details' }));
    await waitFor(() => {
      const update = sent.find((op) => op.name === 'UpdateCampaign');
      expect(update?.variables).toMatchObject({
        input: { id: 'CA1', expectedVersion: 1, partnerIds: ['O1', 'O350'] },
      });
    });
    const form = screen.getByRole('form', { name: 'Details' });
    expect(within(form).getByText('Organisation 350')).toBeInTheDocument();
  });
});

describe('programming windows at the most a campaign can have', () => {
  it('says so, and shows the refusal of one more with what was typed kept', async () => {
    const { user, sent } = renderEdit({ windowCount: 100 });
    await screen.findByRole('heading', { name: 'Programming windows (100)' });
    expect(
      screen.getByText(
        'This campaign has 100 programming windows, the most a campaign can have: remove one to add another.',
      ),
    ).toBeInTheDocument();
    // All 100 are listed: nothing says some are not shown.
    expect(screen.queryByText(/^Showing the first/)).not.toBeInTheDocument();

    const form = screen.getByRole('form', { name: 'Add a programming window' });
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'One too many');
    await user.click(within(form).getByRole('button', { name: 'Add window' }));
    await within(form).findByText(/remove one before adding another/);
    expect(sent.filter((op) => op.name === 'AddProgrammingWindow')).toHaveLength(1);
    expect(within(form).getByRole('textbox', { name: 'Title' })).toHaveValue('One too many');
  });
});
