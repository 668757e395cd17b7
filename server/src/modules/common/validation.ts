/**
 * Argument validation for type-graphql: refuses text no field may hold (below), then runs class-validator
 * on input objects and reports every problem with its full path from the argument name (`input.handle`),
 * as a `BAD_USER_INPUT` error.
 */
import { validate } from 'class-validator';
import { type GraphQLResolveInfo, getNamedType } from 'graphql';
import type { ValidatorFn } from 'type-graphql';
import { badInput, type FieldProblem, flattenValidation } from './domain-error.js';

/** A UTF-16 surrogate without its pair: not a character, and not encodable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text no string argument or input field may hold, whatever its type (String, ID, a custom scalar that
 * arrives as text): NUL, which PostgreSQL cannot store and SQLite truncates at, and lone surrogates,
 * which cannot be stored as UTF-8 and make validators throw. One check for every string, in one place.
 */
export function unstorableText(value: unknown, path: string, found: FieldProblem[] = []): FieldProblem[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push({ path, message: 'must not contain NUL characters' });
    else if (LONE_SURROGATE.test(value)) {
      found.push({ path, message: 'must be valid Unicode text (it has an unpaired surrogate)' });
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      unstorableText(item, path ? `${path}.${index}` : String(index), found);
    });
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value))
      unstorableText(item, path ? `${path}.${key}` : key, found);
  }
  return found;
}

/**
 * Argument objects that already passed class-validator, by class and value: the hub asks the same
 * `first: 3` of every featured video and every advisory, on every request, and class-validator's work
 * (asynchronous, per decorator) would otherwise be repeated for each. Beacon's validators are pure (the
 * same value passes or fails the same way whenever it is checked), so a pass is remembered for the
 * process: only short values (a page's arguments, a filter), a bounded number per class, forgotten all at
 * once when full. A value that failed is never remembered: it is validated again, and fails again.
 */
const PASSED_PER_CLASS = 512;
const REMEMBERED_VALUE_CHARS = 512;
const passedValues = new Map<unknown, Set<string>>();

function passedBefore(value: object): { known: boolean; remember: () => void } {
  const key = JSON.stringify(value);
  const values = passedValues.get(value.constructor);
  return {
    known: values?.has(key) ?? false,
    remember: () => {
      if (key.length > REMEMBERED_VALUE_CHARS) return;
      let seen = passedValues.get(value.constructor);
      if (!seen) {
        seen = new Set();
        passedValues.set(value.constructor, seen);
      }
      if (seen.size >= PASSED_PER_CLASS) seen.clear();
      seen.add(key);
    },
  };
}

/**
 * The validateFn Beacon's schema runs for every argument. Synchronous when nothing needs class-validator
 * (a scalar, or an object that passed before): returning no promise lets a field with arguments, such as
 * the `first: 3` of every featured video on the hub, resolve in the same tick instead of making its whole
 * parent object wait for a promise. Otherwise it returns the promise of class-validator's work.
 */
export const validateArgument: ValidatorFn = (argValue, argType, resolverData) => {
  // The raw arguments of the field, all of them, named as the client sent them.
  const text = unstorableText(resolverData?.args ?? {}, '');
  if (text.length > 0) {
    throw badInput(`Invalid input: ${text.map((p) => `${p.path} ${p.message}`).join('; ')}`, text);
  }
  if (argValue === null || typeof argValue !== 'object') return;
  const values = Array.isArray(argValue) ? argValue : [argValue];
  const unknown = values.flatMap((value: unknown, index) => {
    if (value === null || typeof value !== 'object') return [];
    const earlier = passedBefore(value);
    return earlier.known ? [] : [{ value, index, earlier }];
  });
  if (unknown.length === 0) return;
  return validateUnknown(argValue, argType, resolverData?.info, unknown);
};

async function validateUnknown(
  argValue: object,
  argType: unknown,
  info: GraphQLResolveInfo | undefined,
  unknown: { value: object; index: number; earlier: { remember: () => void } }[],
): Promise<void> {
  const argName = argumentNameOf(argType, info);
  const problems = [];
  for (const { value, index, earlier } of unknown) {
    const errors = await validate(value, { forbidUnknownValues: false });
    if (errors.length === 0) earlier.remember();
    const prefix = Array.isArray(argValue) ? `${argName}.${index}` : argName;
    problems.push(...flattenValidation(errors, prefix));
  }
  if (problems.length > 0) {
    throw badInput(`Invalid input: ${problems.map((p) => p.message).join('; ')}`, problems);
  }
}

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
