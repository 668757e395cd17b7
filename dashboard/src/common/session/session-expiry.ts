/**
 * What happens when a staff member's session ends while they work (it expired, or was ended elsewhere):
 * the client holds the operations that failed with UNAUTHENTICATED, this controller opens the sign-in
 * dialog over the page (which stays mounted, so nothing typed is lost), and once the same person signs in
 * again the held operations are retried. Someone else signing in gets a fresh session instead, so no
 * page or cache crosses from one person to another.
 */
import type { AuthUtilities } from '@urql/exchange-auth';
import { SignInMutation } from '../../features/auth/auth.operations';

export interface SessionExpiryState {
  /** The sign-in dialog is open: operations are held until it is answered. */
  readonly open: boolean;
  /** Who was signed in, so the dialog can offer their email. */
  readonly email: string | null;
}

export interface SignInOutcome {
  readonly ok: boolean;
  /** The server's refusal (wrong password, …), as urql reported it. */
  readonly error?: import('urql').CombinedError;
}

type Listener = () => void;

export class SessionExpiry {
  private state: SessionExpiryState = { open: false, email: null };
  private readonly listeners = new Set<Listener>();
  private pending: { utils: AuthUtilities; resolve: () => void } | null = null;
  private currentUser: { id: string; email: string } | null = null;
  private leavePage: (go: () => void) => void = (go) => go();

  constructor(
    private readonly hooks: {
      /** Someone other than the expired user signed in, or the user gave up: start a new session. */
      restartSession: () => void;
      /** Signed in again: reconnect anything that authenticated with the old cookie (the live socket). */
      reconnect: () => void;
    },
  ) {}

  subscribe = (listener: Listener) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getState = () => this.state;

  /** Who is signed in now; the app calls this when `me` loads. */
  setUser(user: { id: string; email: string } | null) {
    this.currentUser = user;
  }

  /**
   * Called by the auth exchange when an operation failed because the session ended. Resolves when the same
   * person has signed in again; held operations are then retried.
   */
  expired(utils: AuthUtilities): Promise<void> {
    return new Promise((resolve) => {
      this.pending = { utils, resolve };
      this.set({ open: true, email: this.currentUser?.email ?? null });
    });
  }

  async signIn(email: string, password: string): Promise<SignInOutcome> {
    const pending = this.pending;
    if (!pending) return { ok: false };
    // The auth exchange holds every other operation while it refreshes; its own `mutate` goes through.
    const result = await pending.utils.mutate(SignInMutation, { input: { email: email.trim(), password } });
    const user = result.data?.signIn.user;
    if (!user) return { ok: false, error: result.error };
    this.pending = null;
    this.set({ open: false, email: user.email });
    if (this.currentUser && user.id !== this.currentUser.id) {
      this.hooks.restartSession();
      return { ok: true };
    }
    this.hooks.reconnect();
    pending.resolve();
    return { ok: true };
  }

  /**
   * How the signed-in layout leaves its page (`useLeavePage`), so that "Sign out instead" asks before it
   * drops a changed form, as Sign out in the header does. Returns the undo, for when the layout goes.
   */
  guardLeaving(leave: (go: () => void) => void): () => void {
    this.leavePage = leave;
    return () => {
      if (this.leavePage === leave) this.leavePage = (go) => go();
    };
  }

  /** The person chose not to sign in again: their work on this page is given up, once they confirm. */
  signOut() {
    this.leavePage(() => {
      this.pending = null;
      this.set({ open: false, email: null });
      this.hooks.restartSession();
    });
  }

  private set(state: SessionExpiryState) {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
