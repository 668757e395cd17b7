/**
 * The staff directory filtered to resources overdue a check: "Mark verified" takes the resource off the
 * list at once, as it does on the overdue queue (the directory used to keep showing it as overdue until a
 * reload). Run through the dashboard's Graphcache in front of a stand-in server.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import { CurrentUserProvider } from '../../common/permissions/current-user';
import { renderWithApp } from '../../test/render';
import { keysetPage, standInServer } from '../../test/stand-in-server';
import { CrisisResourceDirectoryPage } from './crisis-resource-directory.page';

const DAY = 86_400_000;

interface Resource {
  id: string;
  version: number;
  name: string;
  lastVerifiedAt: string;
}

const resources = (names: string[]): Resource[] =>
  names.map((name, i) => ({
    id: `R${i + 1}`,
    version: 1,
    name,
    lastVerifiedAt: new Date(Date.now() - 400 * DAY).toISOString(),
  }));

const isStale = (r: Resource) => Date.now() - Date.parse(r.lastVerifiedAt) > 180 * DAY;

const row = (r: Resource) => ({
  __typename: 'CrisisResource',
  id: r.id,
  version: r.version,
  name: r.name,
  organisationName: 'A fictional helpline',
  regions: ['GB'],
  isGlobal: false,
  topics: [],
  hours: '24/7',
  lastVerifiedAt: r.lastVerifiedAt,
  isStale: isStale(r),
  archivedAt: null,
  contacts: [{ __typename: 'ContactMethod', channel: 'CALL', value: '0800 000 000', instructions: null }],
});

/** Answers the directory from `all`, filtered on overdue as the server does; verifying changes `all`. */
function directoryServer(all: Resource[]) {
  return standInServer((name, variables) => {
    if (name === 'CrisisResourceDirectory') {
      const overdue = (variables.filter as { overdue?: boolean | null } | null)?.overdue;
      const matching = overdue == null ? all : all.filter((r) => isStale(r) === overdue);
      return {
        crisisResourceDirectory: keysetPage('CrisisResourceConnection', matching, variables, row),
      };
    }
    if (name === 'MarkCrisisResourceVerified') {
      const { id } = (variables as { input: { id: string } }).input;
      const verified = all.find((r) => r.id === id) as Resource;
      verified.lastVerifiedAt = new Date().toISOString();
      verified.version += 1;
      return {
        markCrisisResourceVerified: {
          __typename: 'CrisisResourcePayload',
          crisisResource: {
            __typename: 'CrisisResource',
            id,
            version: verified.version,
            lastVerifiedAt: verified.lastVerifiedAt,
            isStale: false,
          },
        },
      };
    }
    return undefined;
  });
}

describe('the staff directory of crisis resources', () => {
  it('takes a resource marked verified off the overdue filter at once', async () => {
    const server = directoryServer(resources(['Helpline A', 'Helpline B', 'Helpline C']));
    const { user } = renderWithApp(
      <Provider value={server.client}>
        <CurrentUserProvider user={{ id: 'S1', email: 'ed@beacon.test', displayName: 'Ed', role: 'EDITOR' }}>
          <CrisisResourceDirectoryPage />
        </CurrentUserProvider>
      </Provider>,
      { route: '/crisis-resources/all?check=overdue' },
    );
    await screen.findByText('3 resources');
    const table = () => screen.getByRole('table', { name: /resources/i });
    await user.click(within(table()).getByRole('button', { name: 'Mark verified: Helpline B' }));

    await screen.findByText('2 resources');
    await waitFor(() =>
      expect(
        within(table())
          .getAllByRole('rowheader')
          .map((cell) => within(cell).getByRole('link').textContent),
      ).toEqual(['Helpline A', 'Helpline C']),
    );
  });
});
