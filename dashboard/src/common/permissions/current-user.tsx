/** The signed-in staff member, for any component below the signed-in shell. */
import { createContext, type ReactNode, useContext } from 'react';
import type { StaffRole } from '../../gql/graphql';

export interface CurrentUser {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: StaffRole;
}

const CurrentUserContext = createContext<CurrentUser | null>(null);

export function CurrentUserProvider({ user, children }: { user: CurrentUser; children: ReactNode }) {
  return <CurrentUserContext.Provider value={user}>{children}</CurrentUserContext.Provider>;
}

export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser is only for components inside the signed-in shell');
  return user;
}
