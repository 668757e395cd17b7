/**
 * A list people reorder by dragging or with the keyboard alone (dnd-kit): focus an item's handle, press
 * Space to pick it up, arrow keys to move it, Space to drop, Escape to cancel. Every step is read out in
 * words that name the item and its position, and keys pressed quickly are all kept, in order. The new order
 * is handed back once, on drop; the caller saves it (the spotlight's rank order, say) and may undo if the
 * server refuses.
 *
 *   <SortableList label="Spotlight order" items={spotlights} getId={(s) => s.id} getName={(s) => s.creator.displayName}
 *     onReorder={(ids) => reorder({ input: { campaignId, expectedVersion, recognitionIds: ids } })}
 *     renderItem={(s) => <SpotlightCard spotlight={s} />} />
 */
import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragEndEvent,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Group, Paper, Text, UnstyledButton } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { OrderedKeyboardSensor } from './keyboard-sensor';
import classes from './sortable-list.module.css';

/** One drop: the item moved, where it was and where it went (0-based indexes in the list as shown). */
export interface SortableMove {
  readonly id: string;
  readonly from: number;
  readonly to: number;
}

/** Gives the handle of the item `id` in the list inside `container` the focus, if it is there. */
export function focusSortableHandle(container: HTMLElement | null, id: string): void {
  container?.querySelector<HTMLElement>(`[data-sortable-handle="${cssEscape(id)}"]`)?.focus();
}

const cssEscape = (value: string) => (globalThis.CSS?.escape ? globalThis.CSS.escape(value) : value);

export function SortableList<Item>({
  label,
  items,
  getId,
  getName,
  renderItem,
  onReorder,
  disabled = false,
}: {
  /** Names the list ("Spotlight order"). */
  label: string;
  items: readonly Item[];
  getId: (item: Item) => string;
  /** How the item is named when read out ("Ava Calm"). */
  getName: (item: Item) => string;
  renderItem: (item: Item, index: number) => ReactNode;
  /** The ids in their new order, after a drop that moved something, and which item went where (0-based). */
  onReorder: (ids: string[], move: SortableMove) => void;
  /** Shown but not movable (a role that may not reorder; a save under way). */
  disabled?: boolean;
}) {
  const instructionsId = useId();
  const ids = items.map(getId);
  const nameOf = (id: string | number) => {
    const item = items.find((i) => getId(i) === id);
    return item ? getName(item) : String(id);
  };
  const positionOf = (id: string | number) => ids.indexOf(String(id)) + 1;
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    // Keeps every key of a quick or busy keyboard move, in order (see keyboard-sensor.ts).
    // A move past the middle of the window scrolls the page; at once, so the next key starts from there.
    useSensor(OrderedKeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
      scrollBehavior: 'auto',
    }),
  );
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${nameOf(active.id)}, position ${positionOf(active.id)} of ${ids.length}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `${nameOf(active.id)} is over position ${positionOf(over.id)} of ${ids.length}.`
        : `${nameOf(active.id)} is not over a position.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `${nameOf(active.id)} dropped at position ${positionOf(over.id)} of ${ids.length}.`
        : `${nameOf(active.id)} dropped where it was.`,
    onDragCancel: ({ active }) =>
      `Moving ${nameOf(active.id)} was cancelled; it is back at position ${positionOf(active.id)}.`,
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = ids.indexOf(String(active.id));
    const to = ids.indexOf(String(over.id));
    onReorder(arrayMove(ids, from, to), { id: String(active.id), from, to });
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable:
            'To move an item, press Space to pick it up, the up and down arrow keys to move it, Space again to drop it, or Escape to cancel.',
        },
      }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy} disabled={disabled}>
        <ol className={classes.list} aria-label={label} aria-describedby={instructionsId}>
          {items.map((item, index) => (
            <SortableItem
              key={getId(item)}
              id={getId(item)}
              name={getName(item)}
              position={index + 1}
              disabled={disabled}
            >
              {renderItem(item, index)}
            </SortableItem>
          ))}
        </ol>
      </SortableContext>
      <Text id={instructionsId} size="xs" c="dimmed" mt={4}>
        {disabled
          ? 'The order cannot be changed here.'
          : 'Drag an item by its handle, or use the handle with Space and the arrow keys.'}
      </Text>
    </DndContext>
  );
}

function SortableItem({
  id,
  name,
  position,
  disabled,
  children,
}: {
  id: string;
  name: string;
  position: number;
  disabled: boolean;
  children: ReactNode;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({
      id,
      disabled,
    });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      data-dragging={isDragging || undefined}
    >
      <Paper withBorder p="xs" className={classes.item}>
        <Group gap="sm" wrap="nowrap" align="center">
          {!disabled && (
            <UnstyledButton
              ref={setActivatorNodeRef}
              {...attributes}
              {...listeners}
              className={classes.handle}
              data-sortable-handle={id}
              aria-label={`Move ${name}, position ${position}`}
            >
              <span aria-hidden>⠿</span>
            </UnstyledButton>
          )}
          <Text span fw={700} w="2ch" ta="right" aria-hidden>
            {position}
          </Text>
          <div className={classes.content}>{children}</div>
        </Group>
      </Paper>
    </li>
  );
}
