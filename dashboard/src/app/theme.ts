/**
 * Beacon's Mantine theme. Colours are chosen for contrast (WCAG AA for body text on white): a darker
 * primary shade than Mantine's default, "dimmed" text one step darker and field errors in a darker red, since axe fails the defaults.
 */
import { Anchor, type CSSVariablesResolver, createTheme, Notification } from '@mantine/core';

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
    // A toast's text under its title is light grey by default, below AA: the server's reason must be legible.
    Notification: Notification.extend({ styles: { description: { color: 'var(--mantine-color-gray-8)' } } }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    // Field errors (message and the invalid value) in a red that keeps AA contrast; the default fails.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
