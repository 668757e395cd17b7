/** A staff member who signs in to Beacon. The password hash is stored but never has a GraphQL field. */
import { DateTimeType, Entity, Enum, Index, Property } from '@mikro-orm/core';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field } from 'type-graphql';
import { BaseRecord, NodeType } from '../common/node.js';
import { Permission, ROLE_PERMISSIONS, StaffRole } from './staff-role.js';

@Entity({ tableName: 'staff_user' })
@NodeType('StaffUser', { description: 'A staff member of the awareness programme.' })
export class StaffUser extends BaseRecord {
  @Field({ description: 'Sign-in email, lower case.' })
  @Property({ unique: true })
  email!: string;

  @Field({ description: 'Name shown to other staff.' })
  @Property()
  displayName!: string;

  @Field(() => StaffRole, { description: 'What this staff member may do.' })
  @Enum({ items: () => StaffRole })
  role!: StaffRole;

  /** argon2id hash; null until an invited member sets a password. */
  @Property({ type: 'text', nullable: true, hidden: true })
  passwordHash: string | null = null;

  /** sha-256 of a pending invitation token; the token itself is shown once to the admin who invited. */
  @Index()
  @Property({ type: 'string', nullable: true, hidden: true })
  invitationTokenHash: string | null = null;

  @Property({ type: DateTimeType, nullable: true, hidden: true })
  invitationExpiresAt: Date | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the member last signed in.' })
  @Property({ type: DateTimeType, nullable: true })
  lastSignInAt: Date | null = null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When an admin deactivated the account; deactivated members cannot sign in.',
  })
  @Property({ type: DateTimeType, nullable: true })
  deactivatedAt: Date | null = null;

  @Field(() => [Permission], {
    description:
      'What the member may do, from their role: a client hides or disables what is not listed (the server enforces it anyway).',
  })
  get permissions(): Permission[] {
    return [...ROLE_PERMISSIONS[this.role]];
  }

  @Field({ description: 'Whether the member has been invited and has not yet set a password.' })
  get invitationPending(): boolean {
    return this.invitationTokenHash !== null;
  }
}
