/**
 * Apollo plugin applying the operation limits by who asks. Apollo caches parsed and validated documents
 * for everyone, so nothing here may be a validation rule (a document a staff member passed would then
 * pass for anyone): the checks run on every request once the operation is resolved. It also starts the
 * operation's execution deadline and, for those not allowed them, removes "Did you mean" suggestions.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, type GraphQLFormattedError, Kind, type OperationDefinitionNode } from 'graphql';
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

/** How many passing checks (operation name and variables, by principal) are remembered per document,
 * and for variables up to what length (a staff import's rows are checked each time, not held). */
const PASSED_PER_DOCUMENT = 64;
const REMEMBERED_KEY_CHARS = 4_096;

export function queryLimitsPlugin(config: HardeningConfig): ApolloServerPlugin<Context> {
  /*
   * Operations that passed, per parsed document: Apollo keeps one parsed document per query text, so a
   * public screen asked again and again (the hub) is checked once per principal, operation name and
   * variables (on which its cost depends) instead of walked by every rule on every request. A refusal is
   * never remembered: it is checked, and refused, every time.
   */
  const passed = new WeakMap<DocumentNode, Set<string>>();
  return {
    async requestDidStart({ contextValue }) {
      const principal = principalOf(contextValue);
      const suggestions = allows(config.fieldSuggestions, principal);
      return {
        async didResolveOperation({ schema, document, operationName, request }) {
          const key = `${principal}\u0000${operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
          let known = passed.get(document);
          if (known?.has(key)) return;
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
          if (key.length > REMEMBERED_KEY_CHARS) return;
          if (!known) {
            known = new Set();
            passed.set(document, known);
          }
          if (known.size >= PASSED_PER_DOCUMENT) known.clear();
          known.add(key);
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
