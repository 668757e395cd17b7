/**
 * Whether live updates are flowing, for screens that say so ("Live" / "Reconnecting…"). Subscribe with
 * urql's useSubscription as usual; this only reports the socket's state.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { LiveSocket, LiveState } from './live-socket';

export const LiveSocketContext = createContext<LiveSocket | null>(null);

const noSocket = () => () => {};

export function useLiveState(): LiveState {
  const socket = useContext(LiveSocketContext);
  return useSyncExternalStore(socket?.onStateChange ?? noSocket, () => socket?.getState() ?? 'idle');
}
