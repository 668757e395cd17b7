/**
 * What type-graphql's metadata says about a field's checks: the roles (`@Authorized`) and middleware on
 * it or on its class. The schema builder reads it to leave unchecked property fields without a resolver
 * (schema.ts), and public reads to leave staff-only columns out of anonymous readers' records
 * (read-records.ts). Decorators record their metadata when a class is defined, so this answers as soon as
 * the entity's module is loaded.
 */
import { getMetadataStorage } from 'type-graphql';

/** The same class, or one extends the other (a field declared on a base class applies to subclasses). */
const related = (a: object, b: object) =>
  a === b ||
  (typeof a === 'function' &&
    typeof b === 'function' &&
    (a.prototype instanceof b || b.prototype instanceof a));

/** Whether the field `name` of `target` has roles of its own (`@Authorized` on the field). */
export function fieldHasRoles(target: object, name: string): boolean {
  return getMetadataStorage().authorizedFields.some(
    (it) => it.fieldName === name && related(it.target, target),
  );
}

/** Whether anything checks the field `name` of `target`: roles or middleware on the field or its class. */
export function fieldIsChecked(target: object, name: string): boolean {
  const storage = getMetadataStorage();
  return (
    fieldHasRoles(target, name) ||
    storage.authorizedResolver.some((it) => related(it.target, target)) ||
    storage.middlewares.some((it) => it.fieldName === name && related(it.target, target)) ||
    storage.resolverMiddlewares.some((it) => related(it.target, target))
  );
}
