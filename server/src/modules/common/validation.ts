/**
 * Argument validation for type-graphql: runs class-validator on input objects and reports every problem
 * with its full path from the argument name (`input.handle`), as a `BAD_USER_INPUT` error.
 */
import { validate } from 'class-validator';
import { type GraphQLResolveInfo, getNamedType } from 'graphql';
import type { ValidatorFn } from 'type-graphql';
import { badInput, flattenValidation } from './errors.js';

export const validateArgument: ValidatorFn = async (argValue, argType, resolverData) => {
  if (argValue === null || typeof argValue !== 'object') return;
  const argName = argumentNameOf(argType, resolverData?.info);
  const values = Array.isArray(argValue) ? argValue : [argValue];
  const problems = [];
  for (const [index, value] of values.entries()) {
    if (value === null || typeof value !== 'object') continue;
    const errors = await validate(value as object, { forbidUnknownValues: false });
    const prefix = Array.isArray(argValue) ? `${argName}.${index}` : argName;
    problems.push(...flattenValidation(errors, prefix));
  }
  if (problems.length > 0) {
    throw badInput(`Invalid input: ${problems.map((p) => p.message).join('; ')}`, problems);
  }
};

/**
 * The name of the argument whose GraphQL input type is `argType` (`input`, `filter`), or '' for the
 * flattened arguments of an `@ArgsType` class (`first`, `after`).
 */
function argumentNameOf(argType: unknown, info: GraphQLResolveInfo | undefined): string {
  if (!info || typeof argType !== 'function') return '';
  const field = info.parentType.getFields()[info.fieldName];
  const match = field?.args.find((arg) => getNamedType(arg.type).name === argType.name);
  return match?.name ?? '';
}
