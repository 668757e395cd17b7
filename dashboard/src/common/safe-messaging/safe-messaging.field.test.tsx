import { Topic } from '@beacon/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { SafeMessagingField } from './safe-messaging.field';

function Citation({
  initial = '',
  topics = [Topic.SUICIDE_PREVENTION],
}: {
  initial?: string;
  topics?: Topic[];
}) {
  const [value, setValue] = useState(initial);
  return <SafeMessagingField label="Citation" value={value} onChange={setValue} topics={topics} />;
}

const findings = () => screen.findByRole('list', { name: 'Safe-messaging findings in Citation' });

describe('SafeMessagingField', () => {
  it('checks as the person types and says which findings block publishing and which only warn', async () => {
    const { user } = renderWithApp(<Citation topics={[]} />);
    await user.type(
      screen.getByLabelText('Citation'),
      'He killed himself at the old quarry. It is an epidemic.',
    );
    const list = await findings();
    const items = within(list).getAllByRole('listitem');
    // Blocking findings come first, each labelled in words, not only by colour.
    expect(within(items[0] as HTMLElement).getByText('Blocks publishing')).toBeInTheDocument();
    expect(items.some((item) => within(item).queryByText('Warning'))).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent(/1 problem blocks publishing/);
    // The summary is part of the field's description for screen readers.
    expect(screen.getByLabelText('Citation')).toHaveAccessibleDescription(/blocks publishing/);
  });

  it('highlights the span of each finding in the text, by severity', async () => {
    const { user, container } = renderWithApp(<Citation />);
    await user.type(
      screen.getByLabelText('Citation'),
      'CW: suicide. He committed suicide. Call 988 for support.',
    );
    await findings();
    const marks = [...container.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toContain('committed suicide');
  });

  it('applies a replacement with one click, keeps the rest of the text, and puts the caret after it', async () => {
    const { user } = renderWithApp(
      <Citation initial="CW: suicide. He committed suicide in 2019. Call 988 for support." />,
    );
    const apply = await screen.findByRole('button', {
      name: 'Replace “committed suicide” with “died by suicide”',
    });
    await user.click(apply);
    const area = screen.getByLabelText('Citation') as HTMLTextAreaElement;
    expect(area.value).toBe('CW: suicide. He died by suicide in 2019. Call 988 for support.');
    await waitFor(() => expect(area).toHaveFocus());
    expect(area.selectionStart).toBe('CW: suicide. He died by suicide'.length);
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /Replace “committed suicide”/ })).not.toBeInTheDocument(),
    );
  });

  it('adds a missing content warning at the start', async () => {
    const { user } = renderWithApp(<Citation initial="She talks about losing her brother to suicide." />);
    await user.click(await screen.findByRole('button', { name: /^Add “CW:.*” at the start$/ }));
    const text = (screen.getByLabelText('Citation') as HTMLTextAreaElement).value;
    expect(text).toMatch(/^CW: .*\n\nShe talks about losing her brother to suicide\.$/);
  });

  it('adds a missing help resource at the end', async () => {
    const { user } = renderWithApp(
      <Citation initial="CW: suicide. She talks about losing her brother to suicide." />,
    );
    await user.click(await screen.findByRole('button', { name: /at the end$/ }));
    const text = (screen.getByLabelText('Citation') as HTMLTextAreaElement).value;
    expect(text.startsWith('CW: suicide. She talks about losing her brother to suicide.\n\n')).toBe(true);
    expect(text).toContain('988');
  });

  it('selects the words of a finding in the text on "Show in text"', async () => {
    const { user } = renderWithApp(<Citation initial="CW: suicide. It was a suicide epidemic. Call 988." />);
    const list = await findings();
    await user.click(within(list).getByRole('button', { name: /Show in text: “suicide epidemic”/ }));
    const area = screen.getByLabelText('Citation') as HTMLTextAreaElement;
    expect(area).toHaveFocus();
    expect(area.value.slice(area.selectionStart, area.selectionEnd)).toBe('suicide epidemic');
  });

  it('says nothing is wrong with a safe text', async () => {
    const { user } = renderWithApp(<Citation topics={[]} />);
    await user.type(
      screen.getByLabelText('Citation'),
      'Sam shares how walking with friends helps on hard days.',
    );
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('No safe-messaging problems found.'),
    );
    expect(screen.queryByRole('list', { name: /findings/ })).not.toBeInTheDocument();
  });
});
