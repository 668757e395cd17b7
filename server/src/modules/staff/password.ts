/** How staff passwords are hashed: argon2id at OWASP's recommended minimum cost. */
import { hash } from '@node-rs/argon2';

/** argon2id (the library's `Algorithm.Argon2id`, a const enum isolatedModules cannot import) with OWASP's minimum cost. */
export const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, ARGON2);
