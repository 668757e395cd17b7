/**
 * Registers enums with type-graphql together with a description for the enum and each of its values, so
 * Sandbox documents every value.
 */
import { registerEnumType } from 'type-graphql';

export function describeEnum<E extends Record<string, string>>(
  enumObject: E,
  name: string,
  description: string,
  values: { [K in keyof E]: string },
): void {
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(
      Object.entries(values).map(([key, valueDescription]) => [key, { description: valueDescription }]),
    ) as never,
  });
}
