/**
 * The contract is documented for developers in Sandbox: every type, field, argument, input field and enum
 * value of the schema has a description.
 */
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  parse,
  validate,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { exampleOperations } from './example-operations.js';

const EXAMPLE_OPERATIONS = exampleOperations('admin@beacon.local');

import { beaconSchema } from './schema.js';

describe('the GraphQL contract', () => {
  it('describes every type, field, argument, input field and enum value', async () => {
    const schema = await beaconSchema();
    const missing: string[] = [];
    const need = (what: string, description: string | null | undefined) => {
      if (!description?.trim()) missing.push(what);
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
      need(type.name, type.description);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          need(`${type.name}.${field.name}`, field.description);
          for (const arg of field.args) need(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields()))
          need(`${type.name}.${field.name}`, field.description);
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) need(`${type.name}.${value.name}`, value.description);
      }
      if (isUnionType(type)) need(type.name, type.description);
    }
    expect(missing).toEqual([]);
  });

  it('opens Sandbox with example operations that are valid against it', async () => {
    const errors = validate(await beaconSchema(), parse(EXAMPLE_OPERATIONS));
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('keeps the role check on every staff-only field while plain properties are read directly', async () => {
    const schema = await beaconSchema();
    const storage = getMetadataStorage();
    const typeNameOf = (target: unknown) => storage.objectTypes.find((type) => type.target === target)?.name;
    const staffOnly = storage.authorizedFields.filter((it) => typeNameOf(it.target));
    expect(staffOnly.length).toBeGreaterThan(0);
    const unchecked = staffOnly
      .map((it) => `${typeNameOf(it.target)}.${it.fieldName}`)
      .filter((name) => {
        const [type, field] = name.split('.') as [string, string];
        const found = schema.getType(type);
        return !isObjectType(found) || !found.getFields()[field]?.resolve;
      });
    expect(unchecked).toEqual([]);
    // A public property such as a creator's handle has no resolver to run for each value.
    const creator = schema.getType('Creator');
    expect(isObjectType(creator) && creator.getFields().handle?.resolve).toBeFalsy();
  });
});
