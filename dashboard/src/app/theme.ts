/**
 * Beacon's Mantine theme. Colours are chosen for contrast (WCAG AA for body text on white): a darker
 * primary shade than Mantine's default, "dimmed" text one step darker and field errors in a darker red, since axe fails the defaults.
 */
import { Anchor, type CSSVariablesResolver, createTheme, Modal, Notification } from '@mantine/core';

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
    // Mantine's close buttons are icons without a name: give them one everywhere. A toast's text under its
    // title is light grey by default, below AA: the server's reason must be legible.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
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
