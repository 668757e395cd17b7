/**
 * A page with a changed form asks before a link or Cancel leaves it, and has the browser ask before the tab
 * closes; with nothing changed, or once saved, leaving is immediate.
 */
import { Button, TextInput } from '@mantine/core';
import { screen, waitFor, within } from '@testing-library/react';
import { Link, Route, Routes, useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { renderWithApp } from '../../test/render';
import { LeavePageGuard, useLeavePage } from './unsaved-changes';
import { useBeaconForm } from './use-beacon-form';

function EditPage() {
  const { form, submit } = useBeaconForm({
    schema: z.object({ name: z.string() }),
    defaultValues: { name: 'Safer' },
  });
  const navigate = useNavigate();
  const leave = useLeavePage();
  return (
    <form noValidate onSubmit={submit(async () => ({}))}>
      <TextInput label="Name" {...form.register('name')} />
      <Button type="submit">Save</Button>
      <Button variant="default" onClick={() => leave(() => navigate('/board'))}>
        Cancel
      </Button>
      <Link to="/board">Back to the board</Link>
    </form>
  );
}

const open = () =>
  renderWithApp(
    <LeavePageGuard>
      <Routes>
        <Route path="/edit" element={<EditPage />} />
        <Route path="/board" element={<h1>The board</h1>} />
      </Routes>
    </LeavePageGuard>,
    { route: '/edit' },
  );

/** Whether the browser would ask before closing the tab. */
const closingAsks = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('leaving a page with a form', () => {
  it('follows a link at once when nothing changed, and the browser does not ask', async () => {
    const { user } = open();
    expect(closingAsks()).toBe(false);
    await user.click(screen.getByRole('link', { name: 'Back to the board' }));
    expect(await screen.findByRole('heading', { name: 'The board' })).toBeInTheDocument();
  });

  it('asks before a link leaves a change; Keep editing stays with it, Discard leaves', async () => {
    const { user } = open();
    await user.type(screen.getByLabelText('Name'), ' Internet Day');
    expect(closingAsks()).toBe(true);
    await user.click(screen.getByRole('link', { name: 'Back to the board' }));
    const asking = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await user.click(within(asking).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByLabelText('Name')).toHaveValue('Safer Internet Day');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Discard your changes?' })).getByRole('button', {
        name: 'Discard changes',
      }),
    );
    expect(await screen.findByRole('heading', { name: 'The board' })).toBeInTheDocument();
  });

  it('lets a saved form go without asking', async () => {
    const { user } = open();
    await user.type(screen.getByLabelText('Name'), ' Internet Day');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(closingAsks()).toBe(false));
    await user.click(screen.getByRole('link', { name: 'Back to the board' }));
    expect(await screen.findByRole('heading', { name: 'The board' })).toBeInTheDocument();
  });
});
