import { Button } from '@mantine/core';
import { screen, waitFor } from '@testing-library/react';
import { gql } from '@urql/core';
import { Client, makeResult, Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import { filter, map, pipe } from 'wonka';
import { renderWithApp } from '../../test/render';
import { useAction } from './use-action';

const APPROVE = gql`
  mutation Approve($input: VersionedInput!) {
    approveRecognition(input: $input) {
      recognition {
        id
      }
    }
  }
`;

/** A client whose every operation gets the same answer, as the server would give it. */
const answering = (answer: {
  data?: Record<string, unknown>;
  errors?: { message: string; extensions: Record<string, unknown> }[];
}) =>
  new Client({
    url: '/graphql',
    exchanges: [
      () => (ops$) =>
        pipe(
          ops$,
          filter((op) => op.kind !== 'teardown'),
          map((op) => makeResult(op, answer)),
        ),
    ],
  });

function Approve() {
  const [, approve] = useAction(APPROVE, { success: 'Approved', failure: 'The spotlight was not approved' });
  return <Button onClick={() => approve({ input: { id: 'R1', expectedVersion: 1 } })}>Approve</Button>;
}

const polite = () => screen.getByTestId('announcer-polite');
const assertive = () => screen.getByTestId('announcer-assertive');

describe('useAction', () => {
  it('announces success politely', async () => {
    const client = answering({ data: { approveRecognition: { recognition: { id: 'R1' } } } });
    const { user } = renderWithApp(
      <Provider value={client}>
        <Approve />
      </Provider>,
    );
    await user.click(screen.getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(polite()).toHaveTextContent('Approved'));
    expect(assertive()).toHaveTextContent('');
  });

  it("announces a refusal at once, in the server's words, with the request id", async () => {
    const client = answering({
      errors: [
        {
          message: 'The spotlight is full (10 of 10)',
          extensions: { code: 'CAPACITY_REACHED', requestId: 'req-9' },
        },
      ],
    });
    const { user } = renderWithApp(
      <Provider value={client}>
        <Approve />
      </Provider>,
    );
    await user.click(screen.getByRole('button', { name: 'Approve' }));
    await waitFor(() =>
      expect(assertive()).toHaveTextContent(
        'The spotlight was not approved. The spotlight is full (10 of 10) (request id req-9)',
      ),
    );
  });

  it('leaves a version conflict to the form that shows it', async () => {
    const client = answering({
      errors: [{ message: 'changed by someone else', extensions: { code: 'CONFLICT', actualVersion: 2 } }],
    });
    const { user } = renderWithApp(
      <Provider value={client}>
        <Approve />
      </Provider>,
    );
    await user.click(screen.getByRole('button', { name: 'Approve' }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(assertive()).not.toHaveTextContent('changed by someone else');
  });
});
