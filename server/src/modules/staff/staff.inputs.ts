/** Inputs for signing in and managing staff accounts. */
import { NAME_MAX } from '@beacon/shared';
import { IsEmail, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { StaffRole } from './staff-role.js';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

@InputType({ description: 'Credentials to sign in with.' })
export class SignInInput {
  @Field({ description: 'Sign-in email.' })
  @IsEmail({}, { message: 'must be an email address' })
  email!: string;

  @Field({ description: 'Password.' })
  @MaxLength(PASSWORD_MAX)
  password!: string;
}

@InputType({ description: 'A new staff account. Without a password, an invitation token is issued instead.' })
export class CreateStaffUserInput {
  @Field({ description: 'Sign-in email; must be unused.' })
  @IsEmail({}, { message: 'must be an email address' })
  email!: string;

  @Field({ description: 'Name shown to other staff.' })
  @Length(1, NAME_MAX)
  displayName!: string;

  @Field(() => StaffRole, { description: 'What the member may do.' })
  role!: StaffRole;

  @Field(() => String, {
    nullable: true,
    description: `Initial password (${PASSWORD_MIN}+ characters). Leave out to invite the member to set their own.`,
  })
  @IsOptional()
  @Length(PASSWORD_MIN, PASSWORD_MAX, { message: `must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters` })
  password?: string | null;
}

@InputType({ description: 'Accept an invitation by choosing a password.' })
export class AcceptInvitationInput {
  @Field({ description: 'The invitation token an admin passed on.' })
  @Length(10, 200)
  token!: string;

  @Field({ description: `The new password (${PASSWORD_MIN}+ characters).` })
  @Length(PASSWORD_MIN, PASSWORD_MAX, { message: `must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters` })
  password!: string;
}

@InputType({ description: "Change a staff member's role." })
export class ChangeStaffRoleInput {
  @Field(() => ID, { description: 'The staff member.' })
  id!: string;

  @Field(() => StaffRole, { description: 'The new role.' })
  role!: StaffRole;

  @Field(() => Int, { description: 'The version you last read; a newer one fails with CONFLICT.' })
  expectedVersion!: number;
}

@InputType({ description: 'Deactivate a staff account: it can no longer sign in and its sessions end.' })
export class DeactivateStaffUserInput {
  @Field(() => ID, { description: 'The staff member.' })
  id!: string;

  @Field(() => Int, { description: 'The version you last read; a newer one fails with CONFLICT.' })
  expectedVersion!: number;
}
