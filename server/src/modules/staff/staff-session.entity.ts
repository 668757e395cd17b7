/**
 * A signed-in staff session, kept in the database so any server instance can serve it. The cookie holds a
 * random token; only its sha-256 is stored.
 */
import { DateTimeType, Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { StaffUser } from './staff-user.entity.js';

@Entity({ tableName: 'staff_session' })
export class StaffSession {
  @PrimaryKey({ type: 'string', length: 64 })
  tokenHash!: string;

  @ManyToOne(() => StaffUser, { deleteRule: 'cascade' })
  user!: Rel<StaffUser>;

  @Property({ type: DateTimeType })
  createdAt: Date = new Date();

  @Index()
  @Property({ type: DateTimeType })
  expiresAt!: Date;
}
