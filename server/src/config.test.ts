/**
 * Configuration as an operator meets it: a variable left empty in a .env or compose file starts Beacon with
 * its default; a wrong value stops the start with a message that names the variable.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration from the environment', () => {
  it('starts with the defaults when variables are set to nothing (NODE_ENV=, PORT=, DATABASE_URL= …)', () => {
    const config = loadConfig({
      NODE_ENV: '',
      PORT: '',
      DATABASE_URL: '',
      BEACON_ADMIN_PASSWORD: '',
      BEACON_ADMIN_EMAIL: '',
      BEACON_SESSION_TTL_HOURS: '',
      BEACON_COOKIE_SECURE: '',
      LOG_LEVEL: '',
    });
    expect(config).toMatchObject({
      env: 'development',
      port: 4000,
      database: { kind: 'sqlite' },
      admin: { email: 'admin@beacon.local', password: undefined },
      sessionTtlMs: 12 * 3_600_000,
      cookieSecure: false,
      logLevel: 'info',
    });
  });

  it('reads a value of only spaces as nothing too', () => {
    expect(loadConfig({ NODE_ENV: '  ', PORT: ' ' })).toMatchObject({ env: 'development', port: 4000 });
  });

  it('still refuses a wrong value, naming the variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'prod' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'prod' })).toThrow(/NODE_ENV/);
    expect(() => loadConfig({ BEACON_ADMIN_PASSWORD: 'short' })).toThrow(/BEACON_ADMIN_PASSWORD/);
  });

  it('refuses a staff rate limit or query cost below the anonymous one', () => {
    expect(() => loadConfig({ BEACON_RATE_LIMIT_ANONYMOUS: '500', BEACON_RATE_LIMIT_STAFF: '100' })).toThrow(
      /BEACON_RATE_LIMIT_STAFF: must be at least BEACON_RATE_LIMIT_ANONYMOUS/,
    );
    expect(() => loadConfig({ BEACON_QUERY_COST_STAFF: '1000' })).toThrow(
      /BEACON_QUERY_COST_STAFF: must be at least BEACON_QUERY_COST_ANONYMOUS/,
    );
    expect(loadConfig({ BEACON_RATE_LIMIT_ANONYMOUS: '500', BEACON_RATE_LIMIT_STAFF: '500' })).toBeTruthy();
  });

  it('uses the values it is given', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      PORT: '8080',
      DATABASE_URL: 'postgres://beacon@db:5432/beacon',
      BEACON_ADMIN_EMAIL: 'Ops@Example.org',
    });
    expect(config).toMatchObject({
      env: 'production',
      port: 8080,
      database: { kind: 'postgres', url: 'postgres://beacon@db:5432/beacon' },
      admin: { email: 'ops@example.org' },
      cookieSecure: true,
    });
  });

  it('leaves Apollo Sandbox telemetry off unless BEACON_SANDBOX_TELEMETRY asks for it', () => {
    expect(loadConfig({}).sandboxTelemetry).toBe(false);
    expect(loadConfig({ BEACON_SANDBOX_TELEMETRY: '' }).sandboxTelemetry).toBe(false);
    expect(loadConfig({ BEACON_SANDBOX_TELEMETRY: 'true' }).sandboxTelemetry).toBe(true);
  });
});
