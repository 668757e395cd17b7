/**
 * The baselines Beacon's hub is measured against, over the same hub data held in memory:
 * - `bare`: a `node:http` server answering every request with the exact bytes Beacon answered (the limit);
 * - `apollo`: plain Apollo Server (standalone, defaults) over Beacon's own schema, the hub resolved from memory;
 * - `mercurius`: Fastify with Mercurius and graphql-jit over the same schema and data (the fastest peer).
 *
 * Run by the harness as `node baseline-server.ts` with BASELINE, PORT, BASELINE_HUB (a file holding Beacon's
 * hub response) and BASELINE_SCHEMA (schema.graphql). Default resolvers walk the captured response, so the
 * work left is exactly GraphQL's: parse, validate, execute over plain objects, serialise.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import Fastify from 'fastify';
import { buildSchema } from 'graphql';
import mercurius from 'mercurius';

const kind = process.env.BASELINE;
const port = Number(process.env.PORT);
const host = '127.0.0.1';
const hubText = readFileSync(process.env.BASELINE_HUB as string, 'utf8');
const sdl = readFileSync(process.env.BASELINE_SCHEMA as string, 'utf8');
const hub = (JSON.parse(hubText) as { data: { hub: unknown } }).data.hub;

if (kind === 'bare') {
  const bytes = Buffer.from(hubText);
  http
    .createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': bytes.length,
        });
        res.end(bytes);
      });
    })
    .listen(port, host);
} else if (kind === 'apollo') {
  const schema = buildSchema(sdl);
  const hubField = schema.getQueryType()?.getFields().hub;
  if (!hubField) throw new Error('schema has no Query.hub');
  hubField.resolve = () => hub;
  const server = new ApolloServer({ schema });
  await startStandaloneServer(server, { listen: { port, host } });
} else if (kind === 'mercurius') {
  const app = Fastify({ logger: false });
  await app.register(mercurius, { schema: sdl, resolvers: { Query: { hub: () => hub } }, jit: 1 });
  await app.listen({ port, host });
} else {
  throw new Error(`unknown BASELINE ${kind}`);
}
