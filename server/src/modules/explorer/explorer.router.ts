/**
 * Serves the bundled explorer at /graphql/explorer: its page, GraphiQL and React from node_modules, and
 * Beacon's own start-up script and styles from server/public/explorer. A fixed list of files, nothing else
 * from disk; they change only with a deploy, so browsers may keep them for an hour.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { type ExplorerOptions, explorerHtml } from './explorer-pages.js';

const fromPackages = createRequire(import.meta.url);
/** A file inside an installed package, found through its package.json (React's exports hide its UMD builds). */
const inPackage = (name: string, file: string) =>
  path.join(path.dirname(fromPackages.resolve(`${name}/package.json`)), file);
const publicDir = (file: string) =>
  fileURLToPath(new URL(`../../../public/explorer/${file}`, import.meta.url));

/** Every file the explorer pages load, by the name they load it under. */
const ASSETS: Readonly<Record<string, string>> = {
  'react.production.min.js': inPackage('react', 'umd/react.production.min.js'),
  'react-dom.production.min.js': inPackage('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql.min.js': inPackage('graphiql', 'graphiql.min.js'),
  'graphiql.min.css': inPackage('graphiql', 'graphiql.min.css'),
  'explorer.js': publicDir('explorer.js'),
  'landing.js': publicDir('landing.js'),
  'beacon-explorer.css': publicDir('beacon-explorer.css'),
};

export function explorerRouter(options: ExplorerOptions): express.Router {
  const router = express.Router();
  const page = explorerHtml(options);
  router.get('/', (_req, res) => {
    res.setHeader('cache-control', 'no-cache');
    res.type('html').send(page);
  });
  router.get('/assets/:file', (req, res) => {
    const file = Object.hasOwn(ASSETS, req.params.file) ? ASSETS[req.params.file] : undefined;
    if (!file) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    // Installed packages live under node_modules/.pnpm: a dot directory, which sendFile refuses by default.
    // Only the listed files are ever sent, so allowing it exposes nothing else.
    res.sendFile(file, { maxAge: '1h', dotfiles: 'allow' });
  });
  return router;
}
