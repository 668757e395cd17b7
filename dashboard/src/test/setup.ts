/**
 * Component tests run in jsdom, which lacks a few browser APIs Mantine uses (as Mantine's own testing guide
 * says); these stand-ins answer as a desktop browser would. Testing Library cleans up after each test.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// `findBy…` and `waitFor` wait for what a person would wait for (a search answered, a list refreshed); their
// one-second default is a statement about the machine's speed, and a busy 2-core machine renders a long
// list slower than that. The bound catches a hang, not slowness.
configure({ asyncUtilTimeout: 5_000 });

const { getComputedStyle } = window;
window.getComputedStyle = (element) => getComputedStyle(element);
window.HTMLElement.prototype.scrollIntoView = () => {};

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

class ResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserver;

// Mantine's autosizing Textarea listens for web fonts loading (document.fonts), which jsdom has not.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() },
  });
}
