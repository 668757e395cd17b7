/**
 * Apollo plugin applying the operation limits by who asks. Apollo caches parsed and validated documents
 * for everyone, so nothing here may be a validation rule (a document a staff member passed would then
 * pass for anyone): the checks run on every request once the operation is resolved. It also starts the
 * operation's execution deadline and, for those not allowed them, removes "Did you mean" suggestions.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { HardeningConfig } from '../../config.js';
import type { Context } from '../common/context.js';
import { Deadline } from './execution-deadline.js';
import { LimitCode } from './limit-errors.js';
import { allows, budgetFor, checkOperation, withoutSuggestion } from './query-limits.js';
import { principalOf } from './request-guard.js';

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

export function queryLimitsPlugin(config: HardeningConfig): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const principal = principalOf(contextValue);
      const suggestions = allows(config.fieldSuggestions, principal);
      return {
        async didResolveOperation({ schema, document, operationName, request }) {
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
        },
        async executionDidStart({ contextValue: context }) {
          const deadline = new Deadline(config.executionTimeoutMs);
          (context as { deadline?: Deadline }).deadline = deadline;
          return {
            async executionDidEnd() {
              deadline.stop();
            },
          };
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          let errors = collapseTimeouts(response.body.singleResult.errors);
          if (!suggestions) errors = errors.map((e) => ({ ...e, message: withoutSuggestion(e.message) }));
          response.body.singleResult.errors = errors;
        },
      };
    },
  };
}
