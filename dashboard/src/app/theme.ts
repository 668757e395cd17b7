/**
 * Beacon's Mantine theme. Colours are chosen for contrast (WCAG AA for body text on white): a darker
 * primary shade than Mantine's default, "dimmed" text one step darker and field errors in a darker red, since axe fails the defaults.
 */
import { Anchor, type CSSVariablesResolver, createTheme, Modal, Notification } from '@mantine/core';

/**
 * A select's list of options scrolls itself rather than inside a ScrollArea. Mantine's ScrollArea viewport
 * is a scrolling region nobody can focus (the options are reached through the input, by
 * aria-activedescendant), which axe rightly reports (scrollable-region-focusable, serious) while the list
 * is open; a scrolling listbox that belongs to a combobox is the pattern ARIA describes, and arrow keys
 * still scroll the active option into view. (Plain objects, not `Select.extend`: importing the selects here
 * would pull them into the first load.)
 */
const SCROLLING_OPTIONS = {
  defaultProps: { withScrollArea: false },
  styles: { options: { maxHeight: '13.75rem', overflowY: 'auto' as const } },
};

export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 5 },
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    // Links one shade darker than the primary colour, so they keep AA contrast on striped and hovered rows.
    Anchor: Anchor.extend({ defaultProps: { c: 'indigo.8' } }),
    // Mantine's close buttons are icons without a name: give them one everywhere. A dialog's title is its
    // heading: it should read as one, not as body text.
    Modal: Modal.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Close' } },
      styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)', lineHeight: 1.3 } },
    }),
    // A badge in a narrow column (a topic in a table, a status on a phone) wraps rather than cutting its
    // words off with an ellipsis nobody can expand.
    Badge: {
      styles: {
        root: { height: 'auto', minHeight: 'var(--badge-height)', maxWidth: '100%', paddingBlock: 2 },
        label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.3 },
      },
    },
    // A group's legend ("Opens", "Closes") names the fields under it: as strong as their labels.
    Fieldset: { styles: { legend: { fontWeight: 600 } } },
    Select: SCROLLING_OPTIONS,
    MultiSelect: SCROLLING_OPTIONS,
    // A toast's text under its title is light grey by default, below AA: the server's reason must be legible.
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } },
      styles: { description: { color: 'var(--mantine-color-gray-8)' } },
    }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    // Field errors (the message and the invalid input's text) need text contrast: red 6 has 3.3:1.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
