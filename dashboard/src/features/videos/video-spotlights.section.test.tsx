/**
 * A video featured in more spotlights than one page holds: its page reaches every one, a page at a time,
 * and the confirmation before archiving counts every live one, where both stopped at the first 50 without
 * a word. Run through the dashboard's Graphcache in front of a stand-in server that pages by cursor.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router';
import { Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import { CurrentUserProvider } from '../../common/permissions/current-user';
import { renderWithApp } from '../../test/render';
import { keysetPage, standInServer } from '../../test/stand-in-server';
import { ArchiveVideoButton } from './archive-video.button';
import { VideoSpotlightsSection } from './video-spotlights.section';

const VIDEO = 'V1';

interface Spotlight {
  id: string;
  status: string;
  campaign: string;
}

const pad = (n: number) => String(n).padStart(3, '0');

/** `count` spotlights, newest nomination first; `status(i)` for the i-th (from 1). */
const spotlights = (count: number, status: (i: number) => string = () => 'PUBLISHED'): Spotlight[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `R${i + 1}`,
    status: status(i + 1),
    campaign: `Campaign ${pad(i + 1)}`,
  }));

const node = (s: Spotlight) => ({
  __typename: 'Recognition',
  id: s.id,
  status: s.status,
  rank: s.status === 'PUBLISHED' ? 1 : null,
  scheduledFor: null,
  publishedAt: null,
  campaign: { __typename: 'Campaign', id: `CA-${s.id}`, name: s.campaign, slug: `campaign-${s.id}` },
});

function videoServer(featuring: Spotlight[]) {
  return standInServer((name, variables) => {
    if (name === 'VideoSpotlights' || name === 'VideoLiveSpotlights') {
      expect(variables.videoId).toBe(VIDEO);
      const statuses = variables.statuses as string[] | undefined;
      const matching = statuses ? featuring.filter((s) => statuses.includes(s.status)) : featuring;
      return { recognitions: keysetPage('RecognitionConnection', matching, variables, node) };
    }
    return undefined;
  });
}

function Address() {
  const location = useLocation();
  return <output aria-label="address">{location.search}</output>;
}
const address = () =>
  Object.fromEntries(new URLSearchParams(screen.getByRole('status', { name: 'address' }).textContent ?? ''));

const table = () => screen.getByRole('table', { name: 'Spotlights featuring this video' });
const campaignNames = () =>
  within(table())
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);
const campaigns = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `Campaign ${pad(from + i)}`);

describe('the spotlights featuring a video', () => {
  it('pages past the first 50, with its own page in the address', async () => {
    const server = videoServer(spotlights(65));
    const { user } = renderWithApp(
      <Provider value={server.client}>
        <VideoSpotlightsSection videoId={VIDEO} />
        <Address />
      </Provider>,
      { route: `/videos/${VIDEO}` },
    );
    await screen.findByText('Showing 1–20 of 65 spotlights');
    const pager = () => screen.getByRole('navigation', { name: 'Spotlight pages' });
    for (const shown of ['21–40', '41–60', '61–65']) {
      await user.click(within(pager()).getByRole('button', { name: 'Next page' }));
      await screen.findByText(`Showing ${shown} of 65 spotlights`);
    }
    await waitFor(() => expect(campaignNames()).toEqual(campaigns(61, 65)));
    expect(address()).toEqual({ 'spotlights-after': 'R60', 'spotlights-page': '4' });
  });

  it('says the video is not featured yet when no spotlight features it', async () => {
    const server = videoServer([]);
    renderWithApp(
      <Provider value={server.client}>
        <VideoSpotlightsSection videoId={VIDEO} />
      </Provider>,
    );
    await screen.findByRole('heading', { name: 'Not featured yet' });
  });
});

describe('archiving a video featured in many spotlights', () => {
  it('counts every live spotlight it would leave, names the first 20 and says where the rest are', async () => {
    // 130 live ones, each after a withdrawn one: the first 50 of every stage held only 25 live.
    const featuring = spotlights(260, (i) => (i % 2 === 1 ? 'WITHDRAWN' : 'APPROVED'));
    const server = videoServer(featuring);
    const { user } = renderWithApp(
      <Provider value={server.client}>
        <CurrentUserProvider user={{ id: 'S1', email: 'ed@beacon.test', displayName: 'Ed', role: 'EDITOR' }}>
          <ArchiveVideoButton
            video={{ id: VIDEO, version: 1, title: 'Talking about grief' }}
            onArchived={() => {}}
          />
        </CurrentUserProvider>
      </Provider>,
    );
    await user.click(screen.getByRole('button', { name: 'Archive' }));
    const dialog = await screen.findByRole('dialog', { name: 'Archive “Talking about grief”?' });
    await within(dialog).findByText('130 spotlights feature this video');
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(20);
    expect(
      within(dialog).getByText(/^Showing 20 of 130: “Spotlights featuring it” on the video’s page/),
    ).toBeInTheDocument();
  });

  it('says no live spotlight features it when only finished ones do', async () => {
    const server = videoServer(spotlights(3, () => 'WITHDRAWN'));
    const { user } = renderWithApp(
      <Provider value={server.client}>
        <CurrentUserProvider user={{ id: 'S1', email: 'ed@beacon.test', displayName: 'Ed', role: 'EDITOR' }}>
          <ArchiveVideoButton video={{ id: VIDEO, version: 1, title: 'Grief' }} onArchived={() => {}} />
        </CurrentUserProvider>
      </Provider>,
    );
    await user.click(screen.getByRole('button', { name: 'Archive' }));
    await screen.findByText('No live spotlight features this video.');
  });
});
