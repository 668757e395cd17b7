/**
 * The nomination's featured videos: a creator's first 50 are listed with how many they have in all, and a
 * search (title or caption) on the server finds any other, so a prolific creator's 70th video can be
 * featured. Videos already chosen stay listed and chosen while the search changes. Through the dashboard's
 * Graphcache in front of a stand-in server; what is chosen is checked in what the eligibility check sends.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import { CurrentUserProvider } from '../../common/permissions/current-user';
import { renderWithApp } from '../../test/render';
import { type Sent, standInServer } from '../../test/stand-in-server';
import { NominatePage } from './nominate.page';

const creator = {
  __typename: 'Creator',
  id: 'CR1',
  handle: 'ava',
  displayName: 'Ava Brightwater',
  region: 'GB',
  topics: [],
  status: 'ACTIVE',
};
const videos = Array.from({ length: 80 }, (_, i) => ({
  __typename: 'AwarenessVideo',
  id: `V${i + 1}`,
  title: `Video ${String(i + 1).padStart(3, '0')}`,
  topics: [],
  publishedAt: '2026-01-01T00:00:00.000Z',
  advisory: {
    __typename: 'ContentAdvisory',
    required: false,
    warningText: null,
    requiresOptIn: false,
    sensitiveTopics: [],
  },
}));

function renderNominate() {
  const server = standInServer((name, variables) => {
    if (name === 'NominationCampaign')
      return {
        campaign: {
          __typename: 'Campaign',
          id: 'C1',
          slug: 'am',
          name: 'Awareness Month',
          hashtag: '#am',
          spotlightCapacity: 5,
          archivedAt: null,
        },
      };
    if (name === 'CreatorOptions') return { creators: { __typename: 'CreatorConnection', nodes: [creator] } };
    if (name === 'NominationCreatorVideos') {
      const search = String(variables.search ?? '').toLowerCase();
      const rows = videos.filter((v) => v.title.toLowerCase().includes(search));
      return {
        awarenessVideos: {
          __typename: 'AwarenessVideoConnection',
          totalCount: rows.length,
          nodes: rows.slice(0, 50),
        },
      };
    }
    return undefined;
  });
  const rendered = renderWithApp(
    <Provider value={server.client}>
      <CurrentUserProvider user={{ id: 'S1', email: 'e@beacon.test', displayName: 'E', role: 'EDITOR' }}>
        <Routes>
          <Route path="/recognitions/new" element={<NominatePage />} />
        </Routes>
      </CurrentUserProvider>
    </Provider>,
    { route: '/recognitions/new?campaign=am' },
  );
  return { ...rendered, ...server };
}

const lastChosen = (sent: Sent[]) =>
  sent.filter((op) => op.name === 'NominationEligibility').at(-1)?.variables.featuredVideoIds;

describe('the nomination’s featured videos', () => {
  it('finds a video past the first 50 by searching, and keeps the chosen ones while the search changes', async () => {
    const { user, sent } = renderNominate();
    await user.type(await screen.findByRole('combobox', { name: 'Creator' }), 'Ava');
    await user.click(await screen.findByRole('option', { name: 'Ava Brightwater (@ava)' }));
    const group = await screen.findByRole('group', { name: /Featured videos/ });
    expect(await within(group).findByText('Showing 50 of 80 — search to find others.')).toBeInTheDocument();
    expect(within(group).getAllByRole('checkbox')).toHaveLength(50);
    expect(within(group).queryByRole('checkbox', { name: 'Video 070' })).not.toBeInTheDocument();

    await user.click(within(group).getByRole('checkbox', { name: 'Video 002' }));
    const search = within(group).getByRole('searchbox', { name: 'Search their videos' });
    await user.type(search, 'Video 070');
    await user.click(await within(group).findByRole('checkbox', { name: 'Video 070' }));
    await waitFor(() => expect(lastChosen(sent)).toEqual(['V2', 'V70']));
    // Video 002 does not match the search but stays listed, and chosen.
    expect(within(group).getByRole('checkbox', { name: 'Video 002' })).toBeChecked();

    await user.clear(search);
    await user.type(search, 'Video 01');
    await within(group).findByRole('checkbox', { name: 'Video 015' });
    expect(within(group).getByRole('checkbox', { name: 'Video 070' })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'Video 002' })).toBeChecked();
    expect(lastChosen(sent)).toEqual(['V2', 'V70']);
    expect(sent.filter((op) => op.name === 'NominationCreatorVideos').at(-1)?.variables).toEqual({
      creatorId: 'CR1',
      search: 'Video 01',
    });
  });

  it('searches on Enter in the video search without sending the nomination', async () => {
    const { user, sent } = renderNominate();
    await user.type(await screen.findByRole('combobox', { name: 'Creator' }), 'Ava');
    await user.click(await screen.findByRole('option', { name: 'Ava Brightwater (@ava)' }));
    const group = await screen.findByRole('group', { name: /Featured videos/ });
    await user.click(await within(group).findByRole('checkbox', { name: 'Video 002' }));
    await user.type(
      within(group).getByRole('searchbox', { name: 'Search their videos' }),
      'Video 070{Enter}',
    );
    expect(await within(group).findByRole('checkbox', { name: 'Video 070' })).toBeInTheDocument();
    expect(sent.filter((op) => op.name === 'NominateCreator')).toEqual([]);
    // The form did not try to send: sending would have refused the empty citation.
    expect(screen.queryByText(/Write at least 20 characters/)).not.toBeInTheDocument();
  });
});
