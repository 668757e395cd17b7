/** Mutation payloads: `{ <record> }` objects, so a mutation can grow fields without breaking clients. */
import { type ClassType, Field, ObjectType } from 'type-graphql';

export function PayloadType<T extends object>(nodeType: ClassType<T>, field: string, description: string) {
  @ObjectType(`${nodeType.name}Payload`, { description })
  class Payload {
    @Field(() => nodeType, { name: field, description: `The ${nodeType.name} after the change.` })
    record!: T;
  }
  return Payload;
}

export const payload = <T>(record: T) => ({ record });
