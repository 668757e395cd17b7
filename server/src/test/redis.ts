/**
 * The real Redis the tests use (127.0.0.1:6379, or BEACON_TEST_REDIS_URL), and a key prefix of one test
 * run's own, so concurrent runs never count against each other; its keys are removed afterwards.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';

export const TEST_REDIS_URL = process.env.BEACON_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export function redisTestPrefix(): { prefix: string; cleanUp(): Promise<void> } {
  const prefix = `beacon-test-${randomUUID()}`;
  return {
    prefix,
    async cleanUp() {
      const redis = new Redis(TEST_REDIS_URL);
      try {
        const keys = await redis.keys(`${prefix}*`);
        if (keys.length > 0) await redis.del(...keys);
      } finally {
        await redis.quit();
      }
    },
  };
}
