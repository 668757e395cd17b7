/**
 * The consent form's Cancel never drops a change unasked: with the scope or date changed it asks "Discard
 * your changes?" (Keep editing keeps them); with nothing changed it closes at once. Nothing is sent either way.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import { CurrentUserProvider } from '../../common/permissions/current-user';
import { answeringServer } from '../../test/answering-server';
import { renderWithApp } from '../../test/render';
import { ConsentSection } from './creator-consent.section';

const CREATOR = {
  id: 'C1',
  handle: 'ava_calm',
  version: 3,
  consent: {
    __typename: 'SpotlightConsent' as const,
    scope: 'SPOTLIGHT' as const,
    active: true,
    givenAt: '2025-01-10T12:00:00.000Z',
    withdrawnAt: null,
  },
};

async function openConsentForm() {
  const { client, sent } = answeringServer({ data: {} });
  const rendered = renderWithApp(
    <Provider value={client}>
      <CurrentUserProvider user={{ id: 'u1', email: 'u@beacon.test', displayName: 'U', role: 'EDITOR' }}>
        <ConsentSection creator={CREATOR} />
      </CurrentUserProvider>
    </Provider>,
  );
  await rendered.user.click(screen.getByRole('button', { name: 'Change consent' }));
  return { ...rendered, sent, form: () => screen.queryByRole('form', { name: 'Record consent' }) };
}

describe('consent form Cancel', () => {
  it('closes at once when nothing changed', async () => {
    const { user, form, sent } = await openConsentForm();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(form()).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(sent).toHaveLength(0);
  });

  it('asks first when the scope changed; Keep editing keeps it, Discard closes the form', async () => {
    const { user, form, sent } = await openConsentForm();
    await user.selectOptions(
      screen.getByLabelText('What the creator agreed to'),
      'Spotlight, and promotion outside the app',
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const asking = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    expect(asking).toHaveTextContent('You changed the consent');
    expect(within(asking).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByLabelText('What the creator agreed to')).toHaveValue('SPOTLIGHT_AND_PROMOTION');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Discard your changes?' })).getByRole('button', {
        name: 'Discard changes',
      }),
    );
    await waitFor(() => expect(form()).not.toBeInTheDocument());
    expect(sent).toHaveLength(0);
  });
});
