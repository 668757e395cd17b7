/** Placeholder until the demo programme lands. */
import type { EntityManager } from '@mikro-orm/core';

export async function seedDemoProgramme(_em: EntityManager, _options: { onlyIfEmpty: boolean }) {
  return { seeded: false, counts: {} as Record<string, number> };
}
