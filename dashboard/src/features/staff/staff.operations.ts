/** Staff accounts (admins): the list, inviting a member, changing a role and deactivating an account. */
import { graphql } from '../../gql';

export const StaffUsersQuery = graphql(`
  query StaffUsers($first: Int, $after: String, $last: Int, $before: String, $filter: StaffUserFilter) {
    staffUsers(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...StaffRow
      }
    }
  }
`);

export const StaffRowFragment = graphql(`
  fragment StaffRow on StaffUser {
    id
    version
    displayName
    email
    role
    invitationPending
    lastSignInAt
    deactivatedAt
  }
`);

export const StaffUserQuery = graphql(`
  query StaffUser($id: ID!) {
    node(id: $id) {
      __typename
      id
      ...StaffRow
    }
  }
`);

export const InviteStaffMutation = graphql(`
  mutation InviteStaff($input: CreateStaffUserInput!) {
    createStaffUser(input: $input) {
      invitationToken
      user {
        ...StaffRow
      }
    }
  }
`);

export const ChangeStaffRoleMutation = graphql(`
  mutation ChangeStaffRole($input: ChangeStaffRoleInput!) {
    changeStaffRole(input: $input) {
      user {
        ...StaffRow
      }
    }
  }
`);

export const DeactivateStaffMutation = graphql(`
  mutation DeactivateStaff($input: DeactivateStaffUserInput!) {
    deactivateStaffUser(input: $input) {
      user {
        ...StaffRow
      }
    }
  }
`);
