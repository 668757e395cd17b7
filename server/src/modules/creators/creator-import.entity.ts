/**
 * A staged bulk import of creators from a CSV file: the dashboard sends the rows in chunks, each validated
 * as it arrives, then commits them all in one transaction, or none. Staging rows are scratch space: they
 * are deleted on commit, cancellation or expiry; the creators and the audit log are the record.
 */
import {
  DateTimeType,
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  type Rel,
  Unique,
} from '@mikro-orm/core';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';
import { describeEnum } from '../common/enums.js';
import { BaseRecord, NodeType } from '../common/node.js';
import { StaffUser } from '../staff/staff-user.entity.js';

export enum CreatorImportStatus {
  OPEN = 'OPEN',
  COMMITTED = 'COMMITTED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
}

describeEnum(CreatorImportStatus, 'CreatorImportStatus', 'Where a bulk creator import is.', {
  OPEN: 'Taking rows; nothing is in the catalogue yet.',
  COMMITTED: 'Every row became a creator, in one transaction.',
  CANCELLED: 'Given up by the staff member who started it; nothing was imported.',
  EXPIRED: 'Left unfinished past `expiresAt`; nothing was imported and its rows are gone.',
});

export enum ImportProblemCode {
  REQUIRED = 'REQUIRED',
  TOO_LONG = 'TOO_LONG',
  TOO_SHORT = 'TOO_SHORT',
  TOO_MANY = 'TOO_MANY',
  INVALID_HANDLE = 'INVALID_HANDLE',
  INVALID_REGION = 'INVALID_REGION',
  INVALID_URL = 'INVALID_URL',
  INVALID_NUMBER = 'INVALID_NUMBER',
  INVALID_DATE = 'INVALID_DATE',
  UNKNOWN_VALUE = 'UNKNOWN_VALUE',
  DUPLICATE_IN_IMPORT = 'DUPLICATE_IN_IMPORT',
  HANDLE_TAKEN = 'HANDLE_TAKEN',
  INVALID = 'INVALID',
}

describeEnum(
  ImportProblemCode,
  'ImportProblemCode',
  'Why a field of an imported row was refused (stable codes).',
  {
    REQUIRED: 'The field is empty and must have a value.',
    TOO_LONG: 'The value is longer than allowed.',
    TOO_SHORT: 'The value is shorter than allowed.',
    TOO_MANY: 'The list has more items than allowed.',
    INVALID_HANDLE: 'Not a handle: 2 to 30 letters, digits, dots or underscores (a leading @ is dropped).',
    INVALID_REGION: 'Not an ISO 3166-1 alpha-2 region code such as GB or US.',
    INVALID_URL: 'Not an https:// URL.',
    INVALID_NUMBER: 'Not a whole number of zero or more.',
    INVALID_DATE: 'Not a date or an instant (ISO 8601, such as 2023-05-01 or 2023-05-01T09:00:00Z).',
    UNKNOWN_VALUE: 'Not one of the allowed values (topics, consent scopes).',
    DUPLICATE_IN_IMPORT: 'Another row of this import has the same handle (the first one keeps it).',
    HANDLE_TAKEN: 'A creator with this handle is already in the catalogue.',
    INVALID: 'Refused for another reason; see the message.',
  },
);

@ObjectType({ description: 'One field of an imported row that was refused, and why.' })
export class ImportProblem {
  @Field({ description: 'The field, as the row input names it (for example `handle` or `consent.scope`).' })
  field!: string;

  @Field(() => ImportProblemCode, { description: 'Why, as a stable code.' })
  code!: ImportProblemCode;

  @Field({ description: 'Why, in words for the person importing.' })
  message!: string;
}

@Entity({ tableName: 'creator_import' })
@Index({ properties: ['status', 'expiresAt'] })
@NodeType('CreatorImport', {
  description:
    'A staged bulk import of creators (from CSV), taking rows in chunks until it is committed (staff only).',
})
export class CreatorImport extends BaseRecord {
  /** Only the staff member who started an import adds to it, commits or cancels it. */
  @ManyToOne(() => StaffUser)
  startedBy!: Rel<StaffUser>;

  @Field(() => CreatorImportStatus, { description: 'Where the import is.' })
  @Enum({ items: () => CreatorImportStatus })
  status: CreatorImportStatus = CreatorImportStatus.OPEN;

  @Field({ description: 'What is being imported, as the person named it (usually the file name).' })
  @Property({ length: 200 })
  label!: string;

  @Field(() => Int, {
    description: 'How many rows the file has, as declared when starting: the progress bar goes to it.',
  })
  @Property()
  expectedRows!: number;

  @Field(() => GraphQLDateTime, {
    description:
      'When an unfinished import expires (each chunk received moves it on); nothing is imported then.',
  })
  @Property({ type: DateTimeType })
  expiresAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was committed.' })
  @Property({ type: DateTimeType, nullable: true })
  committedAt: Date | null = null;

  @Field(() => Int, { nullable: true, description: 'How many creators the commit created.' })
  @Property({ type: 'integer', nullable: true })
  createdCount: number | null = null;
}

/** One staged row: the values as they will be saved (when valid) and the problems found. */
@Entity({ tableName: 'creator_import_row' })
@ObjectType({ description: 'One row of a bulk import as received, with the problems found in it.' })
@Unique({ properties: ['creatorImport', 'rowNumber'] })
@Index({ properties: ['creatorImport', 'handle'] })
export class CreatorImportRow {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => CreatorImport, { deleteRule: 'cascade' })
  creatorImport!: Rel<CreatorImport>;

  /** The row's number in the file, as the client counts it; sending a number again replaces that row. */
  @Field(() => Int, { description: "The row's number in the file, as you sent it." })
  @Property()
  rowNumber!: number;

  /** The normalised handle (lower case, no @), for finding duplicates; null when the row has none. */
  @Property({ type: 'string', length: 30, nullable: true })
  handle: string | null = null;

  /** The creator's fields as createCreator would take them, once validated. */
  @Property({ type: 'json' })
  data!: Record<string, unknown>;

  @Field(() => [ImportProblem], {
    description: 'What is wrong with it, field by field (empty when it can be imported as it stands).',
  })
  @Property({ type: 'json' })
  problems: ImportProblem[] = [];

  @Field({ description: 'Whether the row can be imported as it stands.' })
  @Property()
  valid!: boolean;
}
