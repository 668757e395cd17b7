/** The sign-in form signed-out visitors see at any address; the server's refusal is read out as an alert. */
import { type FormEvent, useId, useState } from 'react';
import { useMutation } from 'urql';
import { ErrorAlert } from '../../app/error-alert';
import { SignInMutation } from './auth.operations';

export function SignInPage({ onSignedIn }: { onSignedIn: () => void }) {
  const [{ fetching, error }, signIn] = useMutation(SignInMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const errorId = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await signIn({ input: { email: email.trim(), password } });
    if (result.data?.signIn.user) onSignedIn();
  }

  return (
    <main className="centered">
      <title>Sign in · Beacon</title>
      <form className="card sign-in" onSubmit={submit} aria-labelledby="sign-in-title">
        <p className="brand">Beacon</p>
        <h1 id="sign-in-title">Sign in</h1>
        <p className="hint">For staff of the mental-health awareness creator programme.</p>
        {error && <ErrorAlert error={error} id={errorId} />}
        <div className="field">
          <label htmlFor="sign-in-email">Email</label>
          <input
            id="sign-in-email"
            name="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-describedby={error ? errorId : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="sign-in-password">Password</label>
          <input
            id="sign-in-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-describedby={error ? errorId : undefined}
          />
        </div>
        <button type="submit" className="primary" disabled={fetching}>
          {fetching ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
