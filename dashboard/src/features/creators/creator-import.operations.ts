/**
 * The staged creator import: start one, send rows in chunks (each answered with its problems by field),
 * then commit all of them in one transaction or cancel. Nothing reaches the catalogue before the commit.
 */
import { graphql } from '../../gql';

export const StartCreatorImportMutation = graphql(`
  mutation StartCreatorImport($input: StartCreatorImportInput!) {
    startCreatorImport(input: $input) {
      creatorImport {
        id
        status
        expectedRows
        receivedRows
        invalidRows
      }
    }
  }
`);

export const AddCreatorImportRowsMutation = graphql(`
  mutation AddCreatorImportRows($input: AddCreatorImportRowsInput!) {
    addCreatorImportRows(input: $input) {
      creatorImport {
        id
        status
        receivedRows
        invalidRows
      }
      rows {
        rowNumber
        valid
        problems {
          code
          field
          message
        }
      }
    }
  }
`);

export const CommitCreatorImportMutation = graphql(`
  mutation CommitCreatorImport($input: CreatorImportInput!) {
    commitCreatorImport(input: $input) {
      creatorImport {
        id
        status
        createdCount
        receivedRows
        invalidRows
      }
    }
  }
`);

export const CancelCreatorImportMutation = graphql(`
  mutation CancelCreatorImport($input: CreatorImportInput!) {
    cancelCreatorImport(input: $input) {
      creatorImport {
        id
        status
      }
    }
  }
`);
