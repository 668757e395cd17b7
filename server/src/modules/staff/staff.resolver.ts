/** Sign-in, sessions and staff account administration. */

import { SEARCH_MAX } from '@beacon/shared';
import { IsOptional, MaxLength } from 'class-validator';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { actorOf } from '../common/catalogue.js';
import { ConnectionArgs, ConnectionType } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { InputArg } from '../common/inputs.js';
import { demoSignInAllowed } from './demo-staff.js';
import {
  AcceptInvitationInput,
  ChangeStaffRoleInput,
  CreateStaffUserInput,
  DeactivateStaffUserInput,
  SignInInput,
} from './staff.inputs.js';
import * as staff from './staff.service.js';
import { Permission, StaffRole } from './staff-role.js';
import { StaffUser } from './staff-user.entity.js';

export const SESSION_COOKIE = 'beacon_session';

const StaffUserConnection = ConnectionType(StaffUser, 'StaffUser', 'staff member');

@ObjectType({ description: 'The result of signing in.' })
class SignInPayload {
  @Field(() => StaffUser, {
    description: 'The signed-in staff member. The session travels in an httpOnly cookie.',
  })
  user!: StaffUser;
}

@ObjectType({ description: 'The result of creating a staff account.' })
class CreateStaffUserPayload {
  @Field(() => StaffUser, { description: 'The new staff member.' })
  user!: StaffUser;

  @Field(() => String, {
    nullable: true,
    description:
      'When no password was set: the one-time invitation token to pass to the new member (shown only now).',
  })
  invitationToken!: string | null;
}

@ObjectType({ description: 'The result of a staff account change.' })
class StaffUserPayload {
  @Field(() => StaffUser, { description: 'The staff member after the change.' })
  user!: StaffUser;
}

@InputType({ description: 'Which staff members to list.' })
class StaffUserFilter {
  @Field(() => String, { nullable: true, description: 'Text in the email or display name.' })
  @IsOptional()
  @MaxLength(SEARCH_MAX)
  search?: string | null;

  @Field(() => StaffRole, { nullable: true, description: 'Only members with this role.' })
  role?: StaffRole | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Include deactivated accounts.' })
  includeDeactivated?: boolean;
}

@Resolver()
export class StaffResolver {
  @Query(() => StaffUser, { nullable: true, description: 'The signed-in staff member, or null.' })
  me(@Ctx() ctx: Context): StaffUser | null {
    return ctx.user;
  }

  @Authorized(Permission.STAFF_READ)
  @Query(() => StaffUserConnection, { description: 'Staff members, by display name.' })
  staffUsers(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => StaffUserFilter, { nullable: true, description: 'Which staff members to list.' })
    filter?: StaffUserFilter,
  ) {
    return staff.listStaff(ctx.em, filter ?? {}, page);
  }

  @Mutation(() => SignInPayload, { description: 'Sign in as a staff member; sets the session cookie.' })
  async signIn(
    @Ctx() ctx: Context,
    @InputArg(() => SignInInput)
    input: SignInInput,
  ): Promise<SignInPayload> {
    const { user, token } = await staff.signIn(ctx.em, input.email, input.password, {
      sessionTtlMs: ctx.config.sessionTtlMs,
      demoStaffAllowed: demoSignInAllowed(ctx.config),
      guard: ctx.signInGuard,
      clientIp: ctx.clientIp,
    });
    ctx.cookies.set(SESSION_COOKIE, token, { maxAgeMs: ctx.config.sessionTtlMs });
    return { user };
  }

  @Mutation(() => Boolean, {
    description: 'End the current session and clear its cookie. True when a session ended.',
  })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    await staff.signOut(ctx.em, ctx.session);
    ctx.cookies.clear(SESSION_COOKIE);
    return ctx.session !== null;
  }

  @Mutation(() => SignInPayload, {
    description: 'Accept an invitation by choosing a password; signs the new member in.',
  })
  async acceptInvitation(
    @Ctx() ctx: Context,
    @InputArg(() => AcceptInvitationInput)
    input: AcceptInvitationInput,
  ): Promise<SignInPayload> {
    const { user, token } = await staff.acceptInvitation(
      ctx.em,
      input.token,
      input.password,
      ctx.config.sessionTtlMs,
      ctx.requestId,
    );
    ctx.cookies.set(SESSION_COOKIE, token, { maxAgeMs: ctx.config.sessionTtlMs });
    return { user };
  }

  @Authorized(Permission.STAFF_ADMIN)
  @Mutation(() => CreateStaffUserPayload, {
    description: 'Create a staff account with a password, or invite the member to set one.',
  })
  async createStaffUser(
    @Ctx() ctx: Context,
    @InputArg(() => CreateStaffUserInput)
    input: CreateStaffUserInput,
  ) {
    return staff.createStaffUser(ctx.em, actorOf(ctx), input);
  }

  @Authorized(Permission.STAFF_ADMIN)
  @Mutation(() => StaffUserPayload, { description: "Change a staff member's role." })
  async changeStaffRole(
    @Ctx() ctx: Context,
    @InputArg(() => ChangeStaffRoleInput)
    input: ChangeStaffRoleInput,
  ) {
    return {
      user: await staff.changeStaffRole(ctx.em, actorOf(ctx), input.id, input.role, input.expectedVersion),
    };
  }

  @Authorized(Permission.STAFF_ADMIN)
  @Mutation(() => StaffUserPayload, { description: 'Deactivate a staff account; its sessions end at once.' })
  async deactivateStaffUser(
    @Ctx() ctx: Context,
    @InputArg(() => DeactivateStaffUserInput)
    input: DeactivateStaffUserInput,
  ) {
    return { user: await staff.deactivateStaffUser(ctx.em, actorOf(ctx), input.id, input.expectedVersion) };
  }
}
