/**
 * Tells a CDN to drop public answers that show someone just taken down (a spotlight withdrawn or archived,
 * consent withdrawn, a creator suspended or archived), so it never keeps showing a person who asked to be
 * removed until its copy expires. Public answers carry `Surrogate-Key` (public-cache.plugin.ts); on a
 * takedown Beacon POSTs the affected keys to `BEACON_CDN_PURGE_URL`, as JSON (`{"surrogateKeys": [...]}`)
 * and in a `Surrogate-Key` header (space-separated, as Fastly's purge API takes them), with
 * `Authorization: Bearer <BEACON_CDN_PURGE_TOKEN>` if set. A small adapter (a Worker, a Lambda) maps that
 * to any other CDN's purge API.
 *
 * The first attempt is awaited after the commit, before the takedown's response, so staff are told "done"
 * once the CDN has been told too (bounded by a timeout). The takedown itself is committed whatever the CDN
 * says: a failed purge is retried in the background with backoff and logged as an error, so an operator
 * can purge by hand; the shared max-age bounds how long a CDN could show it.
 */
import type { Logger } from 'pino';
import type { PublicChange, PublicChangeChannel } from './public-changes.js';

export interface CdnPurgeOptions {
  url: string;
  token: string | null;
  logger: Logger;
  /** How long one attempt may take. */
  timeoutMs?: number;
  /** Delays before the retries after a failed first attempt. */
  retryDelaysMs?: readonly number[];
}

const DEFAULT_RETRY_DELAYS_MS = [1_000, 5_000, 30_000, 120_000];

export class CdnPurge {
  /** Purges in flight or waiting to be retried (for shutdown and tests). */
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly options: CdnPurgeOptions) {}

  follow(channel: PublicChangeChannel): () => void {
    return channel.listen((change) => this.onChange(change));
  }

  /** Resolves when every purge started so far has succeeded or given up. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  private async onChange(change: PublicChange): Promise<void> {
    if (change.takedownKeys.length === 0) return;
    const keys = change.takedownKeys;
    if (await this.attempt(keys, 1)) return;
    const retries = this.retry(keys);
    this.pending.add(retries);
    void retries.finally(() => this.pending.delete(retries));
  }

  private async retry(keys: readonly string[]): Promise<void> {
    const delays = this.options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    for (const [index, delay] of delays.entries()) {
      await new Promise((resolve) => setTimeout(resolve, delay).unref());
      if (await this.attempt(keys, index + 2)) return;
    }
    this.options.logger.error(
      { surrogateKeys: keys },
      'CDN purge failed after every retry: purge these surrogate keys by hand',
    );
  }

  /** One POST; true when the CDN accepted it. */
  private async attempt(keys: readonly string[], attempt: number): Promise<boolean> {
    const { url, token, logger } = this.options;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'surrogate-key': keys.join(' '),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ surrogateKeys: keys }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5_000),
      });
      await response.body?.cancel();
      if (response.ok) {
        logger.info({ surrogateKeys: keys, attempt }, 'CDN purge accepted');
        return true;
      }
      logger.warn({ surrogateKeys: keys, attempt, status: response.status }, 'CDN purge refused');
    } catch (error) {
      logger.warn({ surrogateKeys: keys, attempt, err: error }, 'CDN purge did not reach the CDN');
    }
    return false;
  }
}
