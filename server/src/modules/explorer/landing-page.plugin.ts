/**
 * Apollo Server's landing page for /graphql: Apollo Sandbox when Apollo's CDN answers, Beacon's bundled
 * explorer when it does not (explorer-pages.ts). Replaces Apollo's default page, which only says Sandbox
 * "cannot be loaded" when offline.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { type ExplorerOptions, landingPageHtml } from './explorer-pages.js';

export function landingPagePlugin<TContext extends object>(
  options: ExplorerOptions,
): ApolloServerPlugin<TContext> {
  const html = landingPageHtml(options);
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
