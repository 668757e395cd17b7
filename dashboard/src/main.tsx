/** The dashboard's entry point: the component library's styles, then the app mounted into #root. */
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/focus.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { config as zodConfig } from 'zod/v4/core';
import { App } from './app/app';

// zod compiles its object parsers with `new Function` where it may, and finds out by trying once. Beacon's
// Content-Security-Policy allows no eval, so the browser refuses the try and reports a policy violation
// (README, "Browser security headers"); jitless parsing never tries.
zodConfig({ jitless: true });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
