/**
 * The form foundation as a person meets it, through a small form built the way features build theirs:
 * schema errors next to fields, the server's field errors mapped onto them, focus on the first error,
 * what was typed kept through failures, and a version conflict resolved without losing anything.
 */
import { Button, TextInput } from '@mantine/core';
import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { renderWithApp } from '../../test/render';
import { FormProblem } from '../forms/form-problem';
import { useVersionedForm, type VersionedRecord } from './use-versioned-form';

const schema = z.object({
  name: z.string().trim().min(1, 'Give the campaign a name'),
  theme: z.string().trim(),
});
type Values = z.output<typeof schema>;
type Save = (values: Values & { expectedVersion: number }) => Promise<{ error?: CombinedError }>;

function CampaignForm({
  record,
  save,
  fetchLatest,
}: {
  record: VersionedRecord<Values>;
  save: Save;
  fetchLatest: () => Promise<VersionedRecord<Values>>;
}) {
  const { form, submit, problem, expectedVersion, conflictDialog } = useVersionedForm({
    schema,
    record,
    labels: { name: 'Name', theme: 'Theme' },
    fetchLatest,
  });
  const { errors } = form.formState;
  return (
    <form noValidate onSubmit={submit((values) => save({ ...values, expectedVersion }))}>
      <FormProblem problem={problem} />
      <TextInput label="Name" {...form.register('name')} error={errors.name?.message} />
      <TextInput label="Theme" {...form.register('theme')} error={errors.theme?.message} />
      <Button type="submit">Save</Button>
      {conflictDialog}
    </form>
  );
}

const v1 = { values: { name: 'Awareness Month', theme: 'Looking after each other' }, version: 1 };
const v2 = { values: { name: 'Awareness Month', theme: 'Support one tap away' }, version: 2 };

/** The form on a record that a newer version replaces when the button says so (a live update). */
function UpdatingHost() {
  const [record, setRecord] = useState<VersionedRecord<Values>>(v1);
  return (
    <>
      <Button onClick={() => setRecord(v2)}>Newer version arrives</Button>
      <CampaignForm record={record} save={vi.fn<Save>()} fetchLatest={vi.fn()} />
    </>
  );
}

const serverError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [{ message, extensions }] });

describe('forms on the shared foundation', () => {
  it('shows schema errors next to the field and focuses the first, without asking the server', async () => {
    const save = vi.fn<Save>();
    const { user } = renderWithApp(<CampaignForm record={v1} save={save} fetchLatest={vi.fn()} />);
    await user.clear(screen.getByLabelText('Name'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const name = screen.getByLabelText('Name');
    expect(await screen.findByText('Give the campaign a name')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveFocus();
    expect(save).not.toHaveBeenCalled();
  });

  it("puts the server's field errors on the fields it names, keeps what was typed and says why with the request id", async () => {
    const save = vi.fn<Save>().mockResolvedValue({
      error: serverError('input.theme: is too long', {
        code: 'BAD_USER_INPUT',
        requestId: 'req-123',
        fields: [{ path: 'input.theme', message: 'must be at most 300 characters' }],
      }),
    });
    const { user } = renderWithApp(<CampaignForm record={v1} save={save} fetchLatest={vi.fn()} />);
    await user.clear(screen.getByLabelText('Theme'));
    await user.type(screen.getByLabelText('Theme'), 'A theme the server refuses');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('must be at most 300 characters')).toBeInTheDocument();
    expect(screen.getByLabelText('Theme')).toHaveFocus();
    expect(screen.getByLabelText('Theme')).toHaveValue('A theme the server refuses');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Check the fields marked below');
    expect(alert).toHaveTextContent('req-123');
  });

  it('on a version conflict shows what they changed and what you changed, and reapplies yours on their version', async () => {
    const save = vi
      .fn<Save>()
      .mockResolvedValueOnce({
        error: serverError('Campaign was changed by someone else', {
          code: 'CONFLICT',
          expectedVersion: 1,
          actualVersion: 2,
        }),
      })
      .mockResolvedValueOnce({});
    const fetchLatest = vi.fn().mockResolvedValue(v2);
    const { user } = renderWithApp(<CampaignForm record={v1} save={save} fetchLatest={fetchLatest} />);
    await user.clear(screen.getByLabelText('Name'));
    await user.type(screen.getByLabelText('Name'), 'Awareness Month 2024');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const dialog = await screen.findByRole('dialog', { name: 'Someone else saved this first' });
    const theirs = within(within(dialog).getByRole('region', { name: 'What they changed' })).getByRole(
      'row',
      { name: /Theme/ },
    );
    expect(theirs).toHaveTextContent('Looking after each other');
    expect(theirs).toHaveTextContent('Support one tap away');
    const yours = within(within(dialog).getByRole('region', { name: 'What you changed' })).getByRole('row', {
      name: /Name/,
    });
    expect(yours).toHaveTextContent('Awareness Month 2024');

    await user.click(within(dialog).getByRole('button', { name: 'Reapply my changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // Their theme, my name, and the next save is against their version.
    expect(screen.getByLabelText('Name')).toHaveValue('Awareness Month 2024');
    expect(screen.getByLabelText('Theme')).toHaveValue('Support one tap away');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    expect(save).toHaveBeenLastCalledWith({
      name: 'Awareness Month 2024',
      theme: 'Support one tap away',
      expectedVersion: 2,
    });
  });

  it('can discard your changes for their version instead', async () => {
    const save = vi.fn<Save>().mockResolvedValue({
      error: serverError('changed by someone else', {
        code: 'CONFLICT',
        expectedVersion: 1,
        actualVersion: 2,
      }),
    });
    const { user } = renderWithApp(
      <CampaignForm record={v1} save={save} fetchLatest={vi.fn().mockResolvedValue(v2)} />,
    );
    await user.type(screen.getByLabelText('Name'), ' (draft)');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Use their version' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByLabelText('Name')).toHaveValue('Awareness Month');
    expect(screen.getByLabelText('Theme')).toHaveValue('Support one tap away');
  });

  it('keeps what you typed when a newer version arrives while you edit, and follows it when you have not', async () => {
    const { user, unmount } = renderWithApp(<UpdatingHost />);
    await user.type(screen.getByLabelText('Name'), ' (draft)');
    await user.click(screen.getByRole('button', { name: 'Newer version arrives' }));
    // This form never shows whether it is dirty, yet an edit in progress is not replaced.
    expect(screen.getByLabelText('Name')).toHaveValue('Awareness Month (draft)');
    expect(screen.getByLabelText('Theme')).toHaveValue('Looking after each other');
    unmount();

    const untouched = renderWithApp(<UpdatingHost />);
    await untouched.user.click(screen.getByRole('button', { name: 'Newer version arrives' }));
    await waitFor(() => expect(screen.getByLabelText('Theme')).toHaveValue('Support one tap away'));
  });
});
