import { Text } from '@mantine/core';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/render';
import { SortableList } from './sortable-list';

const CREATORS = [
  { id: 'a', name: 'Ava Calm' },
  { id: 'b', name: 'Ben Talks' },
  { id: 'c', name: 'Cleo Cares' },
];

function Order({ onReorder, disabled = false }: { onReorder: (ids: string[]) => void; disabled?: boolean }) {
  const [items, setItems] = useState(CREATORS);
  return (
    <SortableList
      label="Spotlight order"
      items={items}
      getId={(i) => i.id}
      getName={(i) => i.name}
      disabled={disabled}
      renderItem={(i) => <Text>{i.name}</Text>}
      onReorder={(ids) => {
        onReorder(ids);
        setItems(ids.map((id) => CREATORS.find((c) => c.id === id) ?? CREATORS[0]) as typeof CREATORS);
      }}
    />
  );
}

describe('SortableList', () => {
  it('offers each item a named handle in a list that says how to move things with the keyboard', () => {
    renderWithApp(<Order onReorder={vi.fn()} />);
    const list = screen.getByRole('list', { name: 'Spotlight order' });
    expect(list).toHaveAccessibleDescription(/Space and the arrow keys/);
    expect(within(list).getByRole('button', { name: 'Move Ben Talks, position 2' })).toBeInTheDocument();
  });

  it('shows the order without handles when it may not be changed', () => {
    renderWithApp(<Order onReorder={vi.fn()} disabled />);
    expect(screen.queryByRole('button', { name: /^Move/ })).not.toBeInTheDocument();
    expect(screen.getByText('The order cannot be changed here.')).toBeInTheDocument();
  });

  it('picks an item up with Space, says where it is, and cancels with Escape without reordering', async () => {
    const onReorder = vi.fn();
    const { user } = renderWithApp(<Order onReorder={onReorder} />);
    screen.getByRole('button', { name: 'Move Ava Calm, position 1' }).focus();
    await user.keyboard('[Space]');
    // dnd-kit's live region says what is picked up and where it is (jsdom lays nothing out, so it stays put).
    await waitFor(() => expect(screen.getByText(/^Ava Calm is over position 1 of 3\.$/)).toBeInTheDocument());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.getByText(/Moving Ava Calm was cancelled/)).toBeInTheDocument());
    expect(onReorder).not.toHaveBeenCalled();
  });

  it('keeps a key pressed straight after Space, before the sensor listens, and acts on it', async () => {
    const onReorder = vi.fn();
    renderWithApp(<Order onReorder={onReorder} />);
    const handle = screen.getByRole('button', { name: 'Move Ben Talks, position 2' });
    handle.focus();
    // Both keys in one go, as from a quick hand on a busy machine: dnd-kit listens only from its next tick.
    fireEvent.keyDown(handle, { code: 'Space', key: ' ' });
    fireEvent.keyDown(handle, { code: 'Escape', key: 'Escape' });
    await waitFor(() => expect(screen.getByText(/Moving Ben Talks was cancelled/)).toBeInTheDocument());
    expect(onReorder).not.toHaveBeenCalled();
  });
});
