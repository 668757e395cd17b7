/**
 * Apollo plugin applying the operation limits by who asks. Apollo caches parsed and validated documents
 * for everyone, so nothing here may be a validation rule (a document a staff member passed would then
 * pass for anyone): the checks run on every request once the operation is resolved. It also starts the
 * operation's execution deadline and, for those not allowed them, removes "Did you mean" suggestions.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, type GraphQLFormattedError, Kind, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { HardeningConfig } from '../../config.js';
import type { Context } from '../common/context.js';
import { Deadline } from './execution-deadline.js';
import { LimitCode } from './limit-errors.js';
import { allows, budgetFor, checkOperation, withoutSuggestion } from './query-limits.js';
import { principalOf } from './request-guard.js';

/**
 * graphql-js's own limits (the parser's backstops, for operations that did not come over HTTP) report as
 * parse errors: give them the limits' codes.
 */
const PARSER_LIMITS: readonly [RegExp, LimitCode][] = [
  [/^Syntax Error: Document contains more th(?:at|an) \d+ tokens/, LimitCode.TOKEN_LIMIT_EXCEEDED],
  [/^Syntax Error: Source contains more than \d+ UTF-16 code units/, LimitCode.DOCUMENT_TOO_LARGE],
];

function parserLimitCode(error: GraphQLFormattedError): GraphQLFormattedError {
  if (error.extensions?.code !== 'GRAPHQL_PARSE_FAILED') return error;
  const code = PARSER_LIMITS.find(([pattern]) => pattern.test(error.message))?.[1];
  return code ? { ...error, extensions: { ...error.extensions, code } } : error;
}

/**
 * Staff mutations that do a whole batch in one transaction, all or nothing, and so may rightly run longer
 * than any other operation: committing a 10,000-row creator import is one such write. They get the bulk
 * deadline (`BEACON_BULK_EXECUTION_TIMEOUT_MS`); everything else keeps the ordinary one.
 */
export const BULK_MUTATIONS: ReadonlySet<string> = new Set(['commitCreatorImport']);

function isBulk(operation: OperationDefinitionNode | undefined): boolean {
  return (
    operation?.operation === 'mutation' &&
    operation.selectionSet.selections.some((s) => s.kind === Kind.FIELD && BULK_MUTATIONS.has(s.name.value))
  );
}

/** One timeout error is enough: every field cut short at the deadline raised its own. */
function collapseTimeouts(errors: readonly GraphQLFormattedError[]): GraphQLFormattedError[] {
  let seen = false;
  return errors.filter((e) => {
    if (e.extensions?.code !== LimitCode.EXECUTION_TIMEOUT) return true;
    if (seen) return false;
    seen = true;
    return true;
  });
}

/** Characters of a remembered check's key (principal, operation name, variables) at most: a staff
 * import's rows are checked each time, not held. */
const REMEMBERED_KEY_CHARS = 4_096;
/** Bytes the remembered checks may take in all, whatever the number of documents: about 2 MiB. */
export const PASSED_CHECKS_MAX_BYTES = 2 * 1024 * 1024;

/**
 * Operations that passed, by parsed document: Apollo keeps one parsed document per query text, so a
 * public screen asked again and again (the hub) is checked once per principal, operation name and
 * variables (on which its cost depends) instead of walked by every rule on every request. A refusal is
 * never remembered: it is checked, and refused, every time. Bounded by bytes (least recently used go
 * first): Apollo bounds its documents by their own size, and a small document may be asked with many
 * variables, so a bound per document would not bound the whole.
 */
export class PassedChecks {
  private readonly ids = new WeakMap<DocumentNode, number>();
  private nextId = 0;
  private readonly keys: LRUCache<string, true>;

  constructor(readonly maxBytes = PASSED_CHECKS_MAX_BYTES) {
    // A key's UTF-16 characters, plus what the map spends on an entry.
    this.keys = new LRUCache({ maxSize: maxBytes, sizeCalculation: (_v, key) => key.length * 2 + 64 });
  }

  private keyOf(document: DocumentNode, check: string): string {
    let id = this.ids.get(document);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(document, id);
    }
    return `${id}\u0000${check}`;
  }

  has(document: DocumentNode, check: string): boolean {
    return this.keys.has(this.keyOf(document, check));
  }

  remember(document: DocumentNode, check: string): void {
    if (check.length > REMEMBERED_KEY_CHARS) return;
    this.keys.set(this.keyOf(document, check), true);
  }

  /** Bytes held now, as counted against `maxBytes`. */
  get bytes(): number {
    return this.keys.calculatedSize;
  }
}

export function queryLimitsPlugin(config: HardeningConfig): ApolloServerPlugin<Context> {
  const passed = new PassedChecks();
  return {
    async requestDidStart({ contextValue }) {
      const principal = principalOf(contextValue);
      const suggestions = allows(config.fieldSuggestions, principal);
      return {
        async didResolveOperation({ schema, document, operationName, request }) {
          const key = `${principal}\u0000${operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
          if (passed.has(document, key)) return;
          const error = checkOperation({
            schema,
            document,
            operationName,
            variables: request.variables,
            principal,
            budget: budgetFor(principal, config),
            introspection: config.introspection,
          });
          if (error) throw error;
          passed.remember(document, key);
        },
        async executionDidStart({ contextValue: context, operation }) {
          const bulk = principal === 'staff' && isBulk(operation);
          const deadline = new Deadline(bulk ? config.bulkExecutionTimeoutMs : config.executionTimeoutMs);
          (context as { deadline?: Deadline }).deadline = deadline;
          return {
            async executionDidEnd() {
              deadline.stop();
            },
          };
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          let errors = collapseTimeouts(response.body.singleResult.errors).map(parserLimitCode);
          if (!suggestions) errors = errors.map((e) => ({ ...e, message: withoutSuggestion(e.message) }));
          response.body.singleResult.errors = errors;
        },
      };
    },
  };
}
