/**
 * Scalars Beacon narrows from graphql-scalars. `LocalDate` is graphql-scalars' own (same name, format and
 * description) but refuses year 0000, which its pattern allows and PostgreSQL's `date` does not have: such
 * a day is the client's mistake (BAD_USER_INPUT), never a database error.
 */
import { GraphQLScalarType, type ValueNode } from 'graphql';
import { GraphQLLocalDate as LocalDateOfGraphqlScalars } from 'graphql-scalars';

function fromYearOne(value: unknown): string {
  const day = String(value);
  if (day.startsWith('0000')) throw new TypeError(`${day} is before the year 1`);
  return day;
}

export const GraphQLLocalDate = new GraphQLScalarType({
  ...LocalDateOfGraphqlScalars.toConfig(),
  parseValue: (value: unknown) => fromYearOne(LocalDateOfGraphqlScalars.parseValue(value)),
  parseLiteral: (ast: ValueNode, variables?: { [key: string]: unknown } | null) =>
    fromYearOne(LocalDateOfGraphqlScalars.parseLiteral(ast, variables)),
});
