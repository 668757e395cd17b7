/**
 * The Relay `Node` interface, opaque global IDs, and the columns every stored record shares (primary key,
 * timestamps, optimistic-lock version). Entity classes are also their GraphQL object types, so the class
 * name is the GraphQL type name that global IDs carry.
 */
import { DateTimeType, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { fromGlobalId, toGlobalId } from 'graphql-relay';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';
import { invalidField } from './domain-error.js';

@InterfaceType('Node', {
  description: 'An object with an opaque, globally unique ID that `node(id)` can fetch again.',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  /** The database key; never exposed as such (clients see the global ID). */
  id!: string;

  @Field(() => ID, { name: 'id', description: 'Opaque global ID of this object.' })
  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
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

/** The GraphQL type name of a record: what its global ID and audit events carry. */
export const typeNameOf = (value: object): string => value.constructor.name;

/** The GraphQL type name of an entity class. */
export const entityTypeName = (entity: { readonly name: string }): string => entity.name;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeGlobalId(type: string, id: string): string {
  return toGlobalId(type, id);
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
