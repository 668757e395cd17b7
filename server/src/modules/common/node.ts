/**
 * The Relay `Node` interface, opaque global IDs, and the columns every stored record shares (primary key,
 * timestamps, optimistic-lock version).
 *
 * Every node type is declared with `@NodeType('Name', ...)`: that name, not the class name, is its GraphQL
 * type name, what its global IDs carry and the `targetType` of its audit events. Global IDs are stored by
 * clients and audit events for ever, so a name never changes once shipped (node-names.test.ts pins them);
 * a class may be renamed freely.
 */
import { DateTimeType, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { fromGlobalId } from 'graphql-relay';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, InterfaceType, ObjectType, type ObjectTypeOptions } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';
import { invalidField } from './domain-error.js';

/** The stable name of each node class, set by `@NodeType`. */
const NODE_TYPE_NAMES = new Map<abstract new (...args: never[]) => object, string>();

/** The stable type name of an entity class declared with `@NodeType`; throws for any other class. */
export function entityTypeName(entity: { readonly name: string }): string {
  const name = NODE_TYPE_NAMES.get(entity as never);
  if (!name) throw new Error(`${entity.name} has no stable type name: declare it with @NodeType`);
  return name;
}

/** The stable type name of a record: what its global ID, `__typename` and audit events carry. */
export const typeNameOf = (value: object): string => entityTypeName(value.constructor);

/** Every node type's stable name, by class (for the test that pins them). */
export const nodeTypeNames = (): ReadonlyMap<{ readonly name: string }, string> => NODE_TYPE_NAMES;

@InterfaceType('Node', {
  description: 'An object with an opaque, globally unique ID that `node(id)` can fetch again.',
  resolveType: (value: object) => typeNameOf(value),
})
export abstract class Node {
  /** The database key; never exposed as such (clients see the global ID). */
  id!: string;

  @Field(() => ID, { name: 'id', description: 'Opaque global ID of this object.' })
  get globalId(): string {
    return encodeGlobalId(typeNameOf(this), this.id);
  }
}

/**
 * Declares a node type under its stable `name` (GraphQL type, global IDs, audit target type), for ever.
 */
export function NodeType(name: string, options: Omit<ObjectTypeOptions, 'implements'> = {}): ClassDecorator {
  return (target) => {
    NODE_TYPE_NAMES.set(target as never, name);
    ObjectType(name, { ...options, implements: Node })(target);
  };
}

@ObjectType()
export abstract class BaseRecord extends Node {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version';

  @PrimaryKey({ type: 'uuid' })
  override id: string = uuidv7();

  @Field(() => GraphQLDateTime, { description: 'When the record was created.' })
  @Property({ type: DateTimeType })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTime, { description: 'When the record last changed.' })
  @Property({ type: DateTimeType, onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int, {
    description: 'Optimistic-lock version: pass it back as `expectedVersion` when updating this record.',
  })
  @Property({ version: true })
  version!: number;
}

/** A stored record that staff can archive instead of deleting, so history and audit stay whole. */
@ObjectType()
export abstract class ArchivableRecord extends BaseRecord {
  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When staff archived it; archived records are hidden from public queries.',
  })
  @Property({ type: DateTimeType, nullable: true })
  archivedAt: Date | null = null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A global ID as graphql-relay's `toGlobalId` makes it (base64 of UTF-8 `type:id`), by Node's own base64:
 * graphql-relay's is portable JavaScript, a character at a time, and an answer such as the hub's carries
 * a hundred IDs. `fromGlobalId` reads it back.
 */
export function encodeGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64');
}

/** Decodes a global ID, or returns null for anything that is not one. */
export function decodeGlobalId(globalId: string): { type: string; id: string } | null {
  try {
    const { type, id } = fromGlobalId(globalId);
    if (!type || !UUID.test(id)) return null;
    return { type, id };
  } catch {
    return null;
  }
}

/** Decodes a global ID that must name `type`, or fails with BAD_USER_INPUT at `path`. */
export function expectGlobalId(globalId: string, type: string, path: string): string {
  const decoded = decodeGlobalId(globalId);
  if (!decoded || decoded.type !== type) throw invalidField(path, `is not a ${type} ID`);
  return decoded.id;
}
