/** Arguments and inputs of the crisis resource queries and mutations. */
import { NAME_MAX, SEARCH_MAX } from '@beacon/shared';
import {
  ArrayMaxSize,
  ArrayMinSize,
  buildMessage,
  IsIn,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateBy,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import { Topic } from '../common/domain-enums.js';
import { UpdateInputBase } from '../common/inputs.js';
import { IsOmittable, IsRegionCode, isHttpsUrl } from '../common/validators.js';
import { ContactChannel } from './crisis-resource.entity.js';

/** A phone number or short code as people dial or text it: digits, spaces, + and -, with a digit. */
const PHONE = /^(?=.*\d)[\d +-]{3,20}$/;

/** The contact value must suit its channel: a number for call and text, an https URL for chat and web. */
function IsContactValue(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isContactValue',
      validator: {
        validate: (value, args) => {
          const channel = (args?.object as ContactMethodInput | undefined)?.channel;
          if (typeof value !== 'string') return false;
          return channel === ContactChannel.CALL || channel === ContactChannel.TEXT
            ? PHONE.test(value.trim())
            : isHttpsUrl(value);
        },
        defaultMessage: buildMessage((_each, args) => {
          const channel = (args?.object as ContactMethodInput | undefined)?.channel;
          return channel === ContactChannel.CALL || channel === ContactChannel.TEXT
            ? 'must be a phone number or short code: 3 to 20 digits, spaces, + or -'
            : 'must be an https:// URL';
        }, options),
      },
    },
    options,
  );
}

@InputType({ description: 'One way to reach a crisis resource.' })
export class ContactMethodInput {
  @Field(() => ContactChannel, { description: 'Call, text, chat or web.' })
  @IsIn(Object.values(ContactChannel))
  channel!: ContactChannel;

  @Field({
    description:
      'For CALL and TEXT a phone number or short code (such as `116 123`); for CHAT and WEB an https URL.',
  })
  @IsContactValue()
  value!: string;

  @Field(() => String, { nullable: true, description: 'What to do, for example `Text HOME to 741741`.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  instructions?: string | null;
}

const REGIONS_MAX = 250;
const CONTACTS_MAX = 10;

@InputType({
  description: 'A new crisis resource. It must serve at least one region, or be global (or both).',
})
export class CreateCrisisResourceInput {
  @Field({ description: 'Name of the service, for example `988 Suicide & Crisis Lifeline`.' })
  @Length(1, NAME_MAX)
  name!: string;

  @Field({ description: 'The organisation that runs it.' })
  @Length(1, NAME_MAX)
  organisationName!: string;

  @Field(() => [ContactMethodInput], { description: 'Ways to reach it, most direct first (at least one).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(CONTACTS_MAX)
  @ValidateNested({ each: true })
  contacts!: ContactMethodInput[];

  @Field(() => [String], {
    defaultValue: [],
    description:
      'ISO 3166-1 alpha-2 codes of the regions it serves; may be empty only for a global resource.',
  })
  @ArrayMaxSize(REGIONS_MAX)
  @IsRegionCode({ each: true })
  regions!: string[];

  @Field({
    defaultValue: false,
    description: 'True for a global directory, shown where a region has no resource of its own.',
  })
  isGlobal!: boolean;

  @Field(() => [Topic], {
    defaultValue: [],
    description: 'Topics it specialises in; empty means any crisis.',
  })
  @ArrayMaxSize(20)
  topics!: Topic[];

  @Field({ description: 'When it can be reached, for example `24/7`.' })
  @Length(1, 200)
  hours!: string;

  @Field(() => [String], { defaultValue: [], description: 'BCP 47 language tags it answers in.' })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(2, 35, { each: true })
  languages!: string[];

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When staff last checked the contact details work; now when left out. Not in the future.',
  })
  lastVerifiedAt?: Date | null;
}

@InputType({ description: 'Changes to a crisis resource; fields left out stay as they are.' })
export class UpdateCrisisResourceInput extends UpdateInputBase {
  @Field(() => String, { nullable: true, description: 'New name.' })
  @IsOmittable()
  @Length(1, NAME_MAX)
  name?: string;

  @Field(() => String, { nullable: true, description: 'New organisation name.' })
  @IsOmittable()
  @Length(1, NAME_MAX)
  organisationName?: string;

  @Field(() => [ContactMethodInput], { nullable: true, description: 'New ways to reach it (at least one).' })
  @IsOmittable()
  @ArrayMinSize(1)
  @ArrayMaxSize(CONTACTS_MAX)
  @ValidateNested({ each: true })
  contacts?: ContactMethodInput[];

  @Field(() => [String], { nullable: true, description: 'New regions served.' })
  @IsOmittable()
  @ArrayMaxSize(REGIONS_MAX)
  @IsRegionCode({ each: true })
  regions?: string[];

  @Field(() => Boolean, { nullable: true, description: 'Whether it is a global directory.' })
  @IsOmittable()
  isGlobal?: boolean;

  @Field(() => [Topic], { nullable: true, description: 'New topics; empty means any crisis.' })
  @IsOmittable()
  @ArrayMaxSize(20)
  topics?: Topic[];

  @Field(() => String, { nullable: true, description: 'New hours.' })
  @IsOmittable()
  @Length(1, 200)
  hours?: string;

  @Field(() => [String], { nullable: true, description: 'New language tags.' })
  @IsOmittable()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(2, 35, { each: true })
  languages?: string[];
}

@InputType({ description: 'Record that staff checked a crisis resource still works.' })
export class MarkCrisisResourceVerifiedInput extends UpdateInputBase {
  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When it was checked; now when left out. Not in the future.',
  })
  verifiedAt?: Date | null;
}

@InputType({ description: 'Which crisis resources the staff directory lists.' })
export class CrisisResourceDirectoryFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Text found in the name or the organisation running it (case-insensitive).',
  })
  @IsOptional()
  @MaxLength(SEARCH_MAX)
  search?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only resources that list this ISO 3166-1 alpha-2 region among the regions they serve (the global directory, serving no region of its own, does not match).',
  })
  @IsOptional()
  @IsRegionCode()
  region?: string | null;

  @Field(() => Topic, { nullable: true, description: 'Only resources specialising in this topic.' })
  topic?: Topic | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True: only resources overdue a check (last verified too long ago); false: only those checked recently; left out: both.',
  })
  overdue?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: only archived resources; false: only live ones; left out: both.',
  })
  archived?: boolean | null;
}
