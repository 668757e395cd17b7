/**
 * Counts the SQL statements a Beacon process runs and the rows they return, for the benchmark only. Loaded
 * with `node --import` into a separate Beacon process that no timed measurement uses (the counting costs
 * time). It wraps the two database drivers Beacon's ORM uses, at their public entry points:
 * `pg.Client#query` (PostgreSQL) and libsql's `Database#prepare` statements (SQLite). The harness reads and
 * clears the log with GET http://127.0.0.1:$BENCH_PROBE_PORT/take.
 */
import http from 'node:http';
import { createRequire } from 'node:module';

const log = [];
const record = (sql, rows) => log.push({ sql: String(sql).slice(0, 300), rows, at: Date.now() });
const countRows = (result) =>
  Array.isArray(result)
    ? result.reduce((sum, r) => sum + (Array.isArray(r?.rows) ? r.rows.length : 0), 0)
    : Array.isArray(result?.rows)
      ? result.rows.length
      : 0;

const fromServer = createRequire(process.env.BENCH_PROBE_FROM);
const patched = [];

try {
  const pg = fromServer('pg');
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function probedQuery(...args) {
    const [config] = args;
    const sql = typeof config === 'string' ? config : config?.text;
    if (sql === undefined) return query.apply(this, args);
    const at = args.findIndex((a) => typeof a === 'function');
    if (at >= 0) {
      const done = args[at];
      args[at] = (error, result) => {
        record(sql, error ? 0 : countRows(result));
        return done(error, result);
      };
      return query.apply(this, args);
    }
    const pending = query.apply(this, args);
    if (pending && typeof pending.then === 'function') {
      return pending.then((result) => {
        record(sql, countRows(result));
        return result;
      });
    }
    record(sql, 0);
    return pending;
  };
  patched.push('pg');
} catch {
  // not installed: a SQLite-only server
}

try {
  const knex = createRequire(fromServer.resolve('@mikro-orm/libsql')).resolve('@mikro-orm/knex');
  const Database = createRequire(knex)('libsql');
  const prepare = Database.prototype.prepare;
  Database.prototype.prepare = function probedPrepare(sql, ...rest) {
    const statement = prepare.call(this, sql, ...rest);
    for (const method of ['all', 'get', 'run', 'iterate']) {
      const original = statement[method];
      if (typeof original !== 'function') continue;
      statement[method] = function probed(...args) {
        const result = original.apply(this, args);
        record(sql, method === 'all' ? result.length : method === 'get' ? (result === undefined ? 0 : 1) : 0);
        return result;
      };
    }
    return statement;
  };
  const exec = Database.prototype.exec;
  Database.prototype.exec = function probedExec(sql, ...rest) {
    record(sql, 0);
    return exec.call(this, sql, ...rest);
  };
  patched.push('libsql');
} catch {
  // not installed: a PostgreSQL-only server
}

http
  .createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/take') res.end(JSON.stringify({ patched, statements: log.splice(0) }));
    else res.end(JSON.stringify({ patched }));
  })
  .listen(Number(process.env.BENCH_PROBE_PORT), '127.0.0.1')
  .unref();
