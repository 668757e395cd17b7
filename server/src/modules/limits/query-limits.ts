/**
 * How much one GraphQL operation may ask for, by who asks. Public clients get a budget that serves every
 * public screen (the hub, a creator's profile, a region's crisis resources) and nothing like the nested
 * fan-out that once took 26 s; signed-in staff get more, never unlimited. Checked before anything runs:
 * the source (size, tokens) before it is parsed, the parsed operation (depth, aliases, directives,
 * introspection, cost) before it executes, over HTTP and over graphql-ws alike.
 *
 * Depth, aliases and directives are counted by GraphQL Armor's rules; cost by graphql-query-complexity with
 * the estimator in `query-cost.ts`; tokens by graphql-js's own lexer.
 */

import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  Lexer,
  NoSchemaIntrospectionCustomRule,
  Source,
  TokenKind,
  type ValidationContext,
  validate,
} from 'graphql';
import type { Audience, HardeningConfig } from '../../config.js';
import { LimitCode, limitError } from './limit-errors.js';
import { queryCost } from './query-cost.js';

export type Principal = 'anonymous' | 'staff';

export interface QueryBudget {
  /** Nested selections; fragments count where they are spread. Introspection's own depth is not counted. */
  readonly depth: number;
  readonly aliases: number;
  readonly directives: number;
  /** Lexical tokens of the whole document (names, punctuation, values). */
  readonly tokens: number;
  /** Characters of the whole document. */
  readonly documentChars: number;
  /** Potential objects: see `query-cost.ts`. */
  readonly cost: number;
}

/**
 * The fixed limits (the cost budgets are set by BEACON_QUERY_COST_*). Depth 12 fits the deepest public
 * question Beacon answers (hub -> spotlights -> nodes -> featuredVideos -> nodes -> advisory ->
 * crisisResources -> nodes -> contacts -> value is 10) with room for `edges { node }`; GraphQL Armor's
 * default of 6 would refuse it, because every Relay connection adds two levels.
 */
export const FIXED_BUDGETS: Readonly<Record<Principal, Omit<QueryBudget, 'cost'>>> = {
  anonymous: { depth: 12, aliases: 15, directives: 10, tokens: 2_000, documentChars: 20_000 },
  staff: { depth: 16, aliases: 50, directives: 50, tokens: 10_000, documentChars: 100_000 },
};

export function budgetFor(
  principal: Principal,
  config: Pick<HardeningConfig, 'queryCost' | 'budgetOverrides'>,
): QueryBudget {
  return {
    ...FIXED_BUDGETS[principal],
    cost: config.queryCost[principal],
    ...config.budgetOverrides?.[principal],
  };
}

export const allows = (audience: Audience, principal: Principal) =>
  audience === 'all' || (audience === 'staff' && principal === 'staff');

/** Size and tokens of the source text, before parsing spends anything on it. Null when within budget. */
export function checkSource(source: string, budget: QueryBudget, http = true): GraphQLError | null {
  const status = (s: number) => (http ? { status: s } : false);
  if (source.length > budget.documentChars) {
    return limitError(
      LimitCode.DOCUMENT_TOO_LARGE,
      `The document has ${source.length} characters; the limit is ${budget.documentChars}`,
      { limit: budget.documentChars, found: source.length },
      status(413),
    );
  }
  const lexer = new Lexer(new Source(source));
  let tokens = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (++tokens > budget.tokens) {
        return limitError(
          LimitCode.TOKEN_LIMIT_EXCEEDED,
          `The document has more than ${budget.tokens} tokens, the limit`,
          { limit: budget.tokens },
          status(400),
        );
      }
    }
  } catch {
    // A lexical error: the parser reports it with its location (GRAPHQL_PARSE_FAILED).
  }
  return null;
}

type ArmorRule = (options: {
  n: number;
  propagateOnRejection: boolean;
  onReject: ((context: ValidationContext | null, error: GraphQLError) => void)[];
}) => (context: ValidationContext) => unknown;

const ARMOR_RULES: readonly { rule: ArmorRule; code: LimitCode; limit: (b: QueryBudget) => number }[] = [
  { rule: maxDepthRule as ArmorRule, code: LimitCode.DEPTH_LIMIT_EXCEEDED, limit: (b) => b.depth },
  { rule: maxAliasesRule as ArmorRule, code: LimitCode.ALIAS_LIMIT_EXCEEDED, limit: (b) => b.aliases },
  {
    rule: maxDirectivesRule as ArmorRule,
    code: LimitCode.DIRECTIVE_LIMIT_EXCEEDED,
    limit: (b) => b.directives,
  },
];

export interface OperationCheck {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  principal: Principal;
  budget: QueryBudget;
  introspection: Audience;
  http?: boolean;
}

/** The first limit a parsed (and validated) operation exceeds, or null. */
export function checkOperation(check: OperationCheck): GraphQLError | null {
  const { schema, document, budget, http = true } = check;
  const status = http ? { status: 400 } : (false as const);

  const rejected: { code: LimitCode; limit: number; message: string }[] = [];
  const rules = ARMOR_RULES.map(({ rule, code, limit }) =>
    rule({
      n: limit(budget),
      propagateOnRejection: false,
      onReject: [
        (_context, error) =>
          rejected.push({
            code,
            limit: limit(budget),
            message: error.message.replace(/^Syntax Error: /, ''),
          }),
      ],
    }),
  ) as Parameters<typeof validate>[2];
  validate(schema, document, rules);
  const first = rejected[0];
  if (first) return limitError(first.code, first.message, { limit: first.limit }, status);

  if (!allows(check.introspection, check.principal)) {
    const [introspection] = validate(schema, document, [NoSchemaIntrospectionCustomRule]);
    if (introspection) {
      return limitError(
        LimitCode.INTROSPECTION_DISABLED,
        check.introspection === 'staff'
          ? 'Introspection is available to signed-in staff only'
          : 'Introspection is turned off on this server',
        {},
        status,
      );
    }
  }

  const cost = queryCost(schema, document, check.operationName ?? undefined, check.variables ?? {});
  if (cost !== null && cost > budget.cost) {
    const counted = Number.isFinite(cost);
    return limitError(
      LimitCode.COST_LIMIT_EXCEEDED,
      `The operation could return ${counted ? cost : 'too many'} objects; the limit is ${budget.cost}. Ask for fewer items (first/last) or nest fewer lists`,
      { limit: budget.cost, found: counted ? cost : null },
      status,
    );
  }
  return null;
}

const SUGGESTION = / ?Did you mean .+\?$/;

/** "Cannot query field "x". Did you mean "y"?" without the suggestion, which would map the schema. */
export const withoutSuggestion = (message: string) => message.replace(SUGGESTION, '');
