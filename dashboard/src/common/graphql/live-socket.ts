/**
 * The socket live updates travel on: graphql-ws at /graphql on this origin, authenticated by the session
 * cookie the browser sends with the upgrade. It connects when the first subscription starts, reconnects
 * with backoff after a drop (every subscription is re-sent), and can be restarted after signing in again
 * so the new cookie is used. Its state is readable, so a screen can say when updates are paused.
 */
import { type Client, createClient, type Sink, type SubscribePayload } from 'graphql-ws/client';

export type LiveState = 'idle' | 'connecting' | 'connected' | 'reconnecting';

/** graphql-ws treats 4205 as an ordinary close: it reconnects and re-subscribes. */
const RESTART_CODE = 4205;

export interface LiveSocket {
  readonly client: Client;
  /** Starts one subscription; returns its unsubscribe. */
  subscribe(payload: SubscribePayload, sink: Sink): () => void;
  restart(): void;
  getState(): LiveState;
  onStateChange(listener: () => void): () => void;
  dispose(): void;
}

/** graphql-ws's "open" ready state, without relying on a global WebSocket (absent from Node 20). */
const OPEN = 1;

export function createLiveSocket(
  url = defaultUrl(),
  /** For tests in Node: a WebSocket class (with the cookie a browser would send) and a quicker retry. */
  options: { webSocketImpl?: unknown; retryWait?: (retries: number) => Promise<void> } = {},
): LiveSocket {
  let state: LiveState = 'idle';
  let socket: WebSocket | null = null;
  let restartRequested = false;
  let active = 0;
  const listeners = new Set<() => void>();
  const set = (next: LiveState) => {
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener();
  };

  const client = createClient({
    url,
    lazy: true,
    // Staff keep a board open all day: never give up reconnecting; back off up to 30 s with jitter.
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait:
      options.retryWait ??
      ((retries) =>
        new Promise((resolve) =>
          setTimeout(resolve, Math.min(30_000, 1000 * 2 ** retries) * (0.5 + Math.random())),
        )),
    webSocketImpl: options.webSocketImpl,
    keepAlive: 20_000,
    on: {
      connecting: () => set(state === 'idle' ? 'connecting' : 'reconnecting'),
      connected: (ws) => {
        socket = ws as WebSocket;
        set('connected');
        if (restartRequested) {
          restartRequested = false;
          socket.close(RESTART_CODE, 'Client restart');
        }
      },
      closed: () => {
        socket = null;
        // A lazy socket closes by itself once nothing listens; that is not a drop.
        set(active > 0 ? 'reconnecting' : 'idle');
      },
    },
  });

  return {
    client,
    subscribe(payload, sink) {
      active++;
      let done = false;
      const stop = client.subscribe(payload, {
        next: (value) => sink.next(value),
        error: (error) => {
          if (!done) active--;
          done = true;
          sink.error(error);
        },
        complete: () => {
          if (!done) active--;
          done = true;
          sink.complete();
        },
      });
      return () => {
        if (!done) active--;
        done = true;
        stop();
      };
    },
    restart() {
      if (socket?.readyState === OPEN) socket.close(RESTART_CODE, 'Client restart');
      else restartRequested = true;
    },
    getState: () => state,
    onStateChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    dispose: () => client.dispose(),
  };
}

function defaultUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
}
