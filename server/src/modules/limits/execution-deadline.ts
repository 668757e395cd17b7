/**
 * The execution timeout. graphql-js cannot abort a running operation, so every resolver is wrapped: once
 * the deadline has passed no further field starts, and a field still waiting (a slow query) gives up at
 * the deadline with EXECUTION_TIMEOUT, so the client gets its answer on time and nothing more is loaded.
 *
 * Writes are never cut in half: a mutation's own resolver is not raced (abandoning it mid-transaction
 * would answer "failed" for work that may still commit); instead its transaction refuses to commit once
 * the deadline has passed (`DeadlineSubscriber`), so it rolls back whole and the client is told so.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { EventSubscriber } from '@mikro-orm/core';
import {
  defaultFieldResolver,
  GraphQLError,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  getNamedType,
  isLeafType,
  isObjectType,
  responsePathAsArray,
} from 'graphql';
import { LimitCode, limitError } from './limit-errors.js';

export class Deadline {
  readonly at: number;
  private timer: NodeJS.Timeout | undefined;
  private expiry: Promise<never> | undefined;
  private refusal: GraphQLError | undefined;

  constructor(readonly timeoutMs: number) {
    this.at = Date.now() + timeoutMs;
  }

  get expired(): boolean {
    return Date.now() >= this.at;
  }

  error(): GraphQLError {
    return limitError(
      LimitCode.EXECUTION_TIMEOUT,
      `The operation ran longer than ${this.timeoutMs} ms and was stopped; any change it had not committed was not saved`,
      { limitMs: this.timeoutMs },
      false,
    );
  }

  /**
   * The error for every field that would start after the deadline: one instance, located at the first
   * such field. A large operation cut short would otherwise build one error (and stack trace) per
   * remaining field, which costs more than the fields themselves; graphql-js reuses a located error.
   */
  refuse(info: GraphQLResolveInfo): GraphQLError {
    this.refusal ??= new GraphQLError(this.error().message, {
      nodes: info.fieldNodes,
      path: responsePathAsArray(info.path),
      extensions: this.error().extensions,
    });
    return this.refusal;
  }

  /** Rejects at the deadline (one timer per operation, created on first need). */
  whenExpired(): Promise<never> {
    this.expiry ??= new Promise<never>((_resolve, reject) => {
      this.timer = setTimeout(() => reject(this.error()), Math.max(0, this.at - Date.now()));
      this.timer.unref();
    });
    this.expiry.catch(() => {});
    return this.expiry;
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}

/** The deadline of the mutation whose work is running, for the commit check. */
const running = new AsyncLocalStorage<Deadline>();

/** Refuses to commit a transaction started by an operation whose deadline has passed: it rolls back. */
export class DeadlineSubscriber implements EventSubscriber {
  async beforeTransactionCommit(): Promise<void> {
    const deadline = running.getStore();
    if (deadline?.expired) throw deadline.error();
  }
}

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as { then?: unknown } | null)?.then === 'function';

const ENFORCED = new WeakSet<GraphQLSchema>();

/**
 * Wraps every field resolver of `schema` (once) to honour `context.deadline`. Operations without one (the
 * per-event execution of subscriptions, scripts) run as before.
 *
 * Not wrapped: a field with no resolver of its own whose value is a scalar or an enum (a title, a date, an
 * id). It reads a property of an object already loaded, synchronously, and starts nothing: there is no
 * work to stop, and checking the clock for each of them was a measurable part of answering a large public
 * read such as the hub, which has hundreds. Every field that has a resolver, or returns an object or a
 * list of them, is still checked, so nothing new starts after the deadline.
 */
export function enforceDeadlines(schema: GraphQLSchema): void {
  if (ENFORCED.has(schema)) return;
  ENFORCED.add(schema);
  const mutationType = schema.getMutationType();
  const subscriptionType = schema.getSubscriptionType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type === subscriptionType) continue;
    const isMutationRoot = type === mutationType;
    for (const field of Object.values(type.getFields())) {
      if (!field.resolve && !isMutationRoot && isLeafType(getNamedType(field.type))) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const deadline = (context as { deadline?: Deadline } | null)?.deadline;
        if (!deadline) return resolve(source, args, context, info);
        if (deadline.expired) throw deadline.refuse(info);
        if (isMutationRoot) return running.run(deadline, () => resolve(source, args, context, info));
        const result = resolve(source, args, context, info);
        return isPromiseLike(result) ? Promise.race([result, deadline.whenExpired()]) : result;
      };
    }
  }
}
