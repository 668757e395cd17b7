/**
 * The cache rules a workflow step relies on, run through a real urql client with Graphcache and a stand-in
 * for the network: the step's optimistic status shows at once, the server's answer replaces it, a refusal
 * rolls it back, and lists of recognitions are fetched again after a step or a live event.
 */
import { gql } from '@urql/core';
import { Client, type Exchange, makeResult, type Operation, type OperationResult } from 'urql';
import { describe, expect, it } from 'vitest';
import { delay, filter, makeSubject, map, merge, pipe, type Subject, share } from 'wonka';
import { cache } from './cache';

const RECOGNITIONS = gql`
  query Queue($filter: RecognitionFilter) {
    recognitions(first: 20, filter: $filter) {
      nodes {
        id
        status
        version
      }
    }
  }
`;
const APPROVE = gql`
  mutation Approve($input: VersionedInput!) {
    approveRecognition(input: $input) {
      recognition {
        id
        status
        version
      }
    }
  }
`;
const EDIT = gql`
  mutation Edit($input: EditNominationInput!) {
    editNomination(input: $input) {
      recognition {
        id
        status
        version
      }
    }
  }
`;
const CHANGED = gql`
  subscription Changed($campaignId: ID!) {
    recognitionChanged(campaignId: $campaignId) {
      id
      status
      version
    }
  }
`;

/** A network that answers each operation with `answer(operation)` after a tick, and counts requests. */
function fakeNetwork(answer: (op: Operation) => OperationResult | null) {
  const sent: Operation[] = [];
  const live: Subject<OperationResult> = makeSubject();
  const exchange: Exchange = () => (ops$) => {
    const shared = pipe(ops$, share);
    const answered = pipe(
      shared,
      filter((op) => op.kind !== 'teardown'),
      map((op) => {
        sent.push(op);
        return answer(op);
      }),
      filter((result): result is OperationResult => result !== null),
      delay(1),
    );
    return merge([answered, live.source]);
  };
  return { exchange, sent, push: live.next };
}

const recognition = (status: string, version: number) => ({
  __typename: 'Recognition',
  id: 'R1',
  status,
  version,
});

describe('workflow steps in the cache', () => {
  it('shows the new status at once, then the server’s, and fetches the queue again once the server answers', async () => {
    const network = fakeNetwork(
      (op) =>
        op.kind === 'query'
          ? makeResult(op, {
              data: {
                recognitions: {
                  __typename: 'RecognitionConnection',
                  nodes: [recognition('SAFETY_REVIEWED', 3)],
                },
              },
            })
          : null, // the mutation is answered below, when the test says so
    );
    const client = new Client({ url: '/graphql', exchanges: [cache, network.exchange] });
    const seen: string[] = [];
    const { unsubscribe } = client.query(RECOGNITIONS, { filter: null }).subscribe((result) => {
      const status = result.data?.recognitions.nodes[0]?.status;
      if (status && seen.at(-1) !== status) seen.push(status);
    });
    await expect.poll(() => seen).toEqual(['SAFETY_REVIEWED']);

    const approved = client.mutation(APPROVE, { input: { id: 'R1', expectedVersion: 3 } }).toPromise();
    // Optimistic: approved on screen before the server has answered, and the queue not refetched yet.
    await expect.poll(() => seen).toEqual(['SAFETY_REVIEWED', 'APPROVED']);
    const queries = () => network.sent.filter((op) => op.kind === 'query').length;
    const before = queries();

    const mutation = network.sent.find((op) => op.kind === 'mutation') as Operation;
    network.push(
      makeResult(mutation, {
        data: {
          approveRecognition: { __typename: 'RecognitionPayload', recognition: recognition('APPROVED', 4) },
        },
      }),
    );
    expect((await approved).data?.approveRecognition.recognition.version).toBe(4);
    await expect.poll(queries).toBeGreaterThan(before);
    unsubscribe();
  });

  it('rolls the optimistic status back when the server refuses, and refetches lists after a live event', async () => {
    const network = fakeNetwork((op) => {
      if (op.kind === 'query')
        return makeResult(op, {
          data: {
            recognitions: { __typename: 'RecognitionConnection', nodes: [recognition('SAFETY_REVIEWED', 3)] },
          },
        });
      if (op.kind === 'mutation')
        return makeResult(op, {
          errors: [{ message: 'The spotlight is full', extensions: { code: 'CAPACITY_REACHED' } }],
          data: null,
        });
      return null;
    });
    const client = new Client({ url: '/graphql', exchanges: [cache, network.exchange] });
    const seen: string[] = [];
    const { unsubscribe } = client.query(RECOGNITIONS, { filter: null }).subscribe((result) => {
      const status = result.data?.recognitions.nodes[0]?.status;
      if (status && seen.at(-1) !== status) seen.push(status);
    });
    await expect.poll(() => seen).toEqual(['SAFETY_REVIEWED']);
    const refused = await client.mutation(APPROVE, { input: { id: 'R1', expectedVersion: 3 } }).toPromise();
    expect(refused.error?.graphQLErrors[0]?.extensions.code).toBe('CAPACITY_REACHED');
    await expect.poll(() => seen.at(-1)).toBe('SAFETY_REVIEWED');

    // Another staff member acted: the live event invalidates the lists, which are fetched again.
    const queriesBefore = network.sent.filter((op) => op.kind === 'query').length;
    const sub = client.subscription(CHANGED, { campaignId: 'C1' }).subscribe(() => {});
    const subscriptionOp = network.sent.find((op) => op.kind === 'subscription');
    expect(subscriptionOp).toBeDefined();
    network.push(
      makeResult(subscriptionOp as Operation, { data: { recognitionChanged: recognition('APPROVED', 4) } }),
    );
    await expect
      .poll(() => network.sent.filter((op) => op.kind === 'query').length)
      .toBeGreaterThan(queriesBefore);
    sub.unsubscribe();
    unsubscribe();
  });

  it('fetches the counts by stage again after a live event from any campaign (the start page)', async () => {
    const COUNTS = gql`
      query Counts {
        recognitionStatusCounts {
          status
          count
        }
      }
    `;
    const EVERYWHERE = gql`
      subscription Everywhere {
        recognitionChanged {
          id
          status
          version
          campaign {
            id
          }
        }
      }
    `;
    let nominated = 1;
    const network = fakeNetwork((op) =>
      op.kind === 'query'
        ? makeResult(op, {
            data: {
              recognitionStatusCounts: [
                { __typename: 'RecognitionStatusCount', status: 'NOMINATED', count: nominated },
              ],
            },
          })
        : null,
    );
    const client = new Client({ url: '/graphql', exchanges: [cache, network.exchange] });
    const counts: number[] = [];
    const { unsubscribe } = client.query(COUNTS, {}).subscribe((result) => {
      const count = result.data?.recognitionStatusCounts[0]?.count;
      if (count !== undefined && counts.at(-1) !== count) counts.push(count);
    });
    await expect.poll(() => counts).toEqual([1]);

    const sub = client.subscription(EVERYWHERE, {}).subscribe(() => {});
    const subscriptionOp = network.sent.find((op) => op.kind === 'subscription') as Operation;
    nominated = 2;
    network.push(
      makeResult(subscriptionOp, {
        data: {
          recognitionChanged: {
            ...recognition('NOMINATED', 1),
            campaign: { __typename: 'Campaign', id: 'C1' },
          },
        },
      }),
    );
    await expect.poll(() => counts).toEqual([1, 2]);
    sub.unsubscribe();
    unsubscribe();
  });

  it('shows a resubmitted nomination back in review at once, and keeps it returned if the server refuses', async () => {
    const network = fakeNetwork((op) => {
      if (op.kind === 'query')
        return makeResult(op, {
          data: {
            recognitions: {
              __typename: 'RecognitionConnection',
              nodes: [recognition('RETURNED_FOR_CHANGES', 2)],
            },
          },
        });
      return null;
    });
    const client = new Client({ url: '/graphql', exchanges: [cache, network.exchange] });
    const seen: string[] = [];
    const { unsubscribe } = client.query(RECOGNITIONS, { filter: null }).subscribe((result) => {
      const status = result.data?.recognitions.nodes[0]?.status;
      if (status && seen.at(-1) !== status) seen.push(status);
    });
    await expect.poll(() => seen).toEqual(['RETURNED_FOR_CHANGES']);

    const edited = client
      .mutation(EDIT, { input: { id: 'R1', expectedVersion: 2, citation: 'A new citation long enough.' } })
      .toPromise();
    await expect.poll(() => seen).toEqual(['RETURNED_FOR_CHANGES', 'NOMINATED']);
    const mutation = network.sent.find((op) => op.kind === 'mutation') as Operation;
    network.push(
      makeResult(mutation, {
        errors: [{ message: 'Someone else saved first', extensions: { code: 'CONFLICT', actualVersion: 3 } }],
        data: null,
      }),
    );
    expect((await edited).error?.graphQLErrors[0]?.extensions.code).toBe('CONFLICT');
    await expect.poll(() => seen.at(-1)).toBe('RETURNED_FOR_CHANGES');
    unsubscribe();
  });

  it('hands back a step’s answer whole when it names the campaign (the campaign’s own details stay cached)', async () => {
    const WITH_CAMPAIGN = gql`
      mutation Approve($input: VersionedInput!) {
        approveRecognition(input: $input) {
          recognition {
            id
            status
            version
            campaign {
              id
              name
              slug
            }
          }
        }
      }
    `;
    const campaign = { __typename: 'Campaign', id: 'C1', name: 'World Mental Health Day', slug: 'wmhd' };
    const network = fakeNetwork((op) =>
      op.kind === 'mutation'
        ? makeResult(op, {
            data: {
              approveRecognition: {
                __typename: 'RecognitionPayload',
                recognition: { ...recognition('APPROVED', 4), campaign },
              },
            },
          })
        : null,
    );
    const client = new Client({ url: '/graphql', exchanges: [cache, network.exchange] });
    const approved = await client
      .mutation(WITH_CAMPAIGN, { input: { id: 'R1', expectedVersion: 3 } })
      .toPromise();
    expect(approved.data?.approveRecognition.recognition).toMatchObject({
      status: 'APPROVED',
      campaign: { name: 'World Mental Health Day' },
    });
  });

  it('fetches the record’s history again after a step on it, so the page shows the step it just took', async () => {
    const HISTORY = gql`
      query History($id: ID!) {
        recordHistory(id: $id, first: 20) {
          nodes {
            id
            action
          }
        }
      }
    `;
    const entries: { __typename: string; id: string; action: string }[] = [];
    const network = fakeNetwork((op) => {
      if (op.kind === 'query')
        return makeResult(op, {
          data: { recordHistory: { __typename: 'AuditEventConnection', nodes: [...entries] } },
        });
      if (op.kind === 'mutation') {
        entries.unshift({ __typename: 'AuditEvent', id: 'A1', action: 'recognition.approve' });
        return makeResult(op, {
          data: {
            approveRecognition: { __typename: 'RecognitionPayload', recognition: recognition('APPROVED', 4) },
          },
        });
      }
      return null;
    });
    const client = new Client({ url: '/graphql', exchanges: [cache, network.exchange] });
    const seen: string[][] = [];
    const { unsubscribe } = client.query(HISTORY, { id: 'R1' }).subscribe((result) => {
      if (result.data) seen.push(result.data.recordHistory.nodes.map((n: { action: string }) => n.action));
    });
    await expect.poll(() => seen.at(-1)).toEqual([]);
    await client.mutation(APPROVE, { input: { id: 'R1', expectedVersion: 3 } }).toPromise();
    await expect.poll(() => seen.at(-1)).toEqual(['recognition.approve']);
    unsubscribe();
  });

  it('answers node(id) null for a record the server does not have, once, instead of asking again', async () => {
    const NODE = gql`
      query Node($id: ID!) {
        node(id: $id) {
          __typename
          id
          ... on Recognition {
            status
          }
        }
      }
    `;
    const network = fakeNetwork((op) =>
      op.kind === 'query' ? makeResult(op, { data: { node: null } }) : null,
    );
    const client = new Client({ url: '/graphql', exchanges: [cache, network.exchange] });
    const results: unknown[] = [];
    const { unsubscribe } = client.query(NODE, { id: 'R-missing' }).subscribe((result) => {
      if (!result.stale) results.push(result.data);
    });
    await expect.poll(() => results).toContainEqual({ node: null });
    const asked = network.sent.filter((op) => op.kind === 'query').length;
    expect(asked).toBe(1);
    unsubscribe();
  });
});
