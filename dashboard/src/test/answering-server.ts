/**
 * A urql client for component tests that keeps every operation sent and answers each as the server would,
 * with `answer`: what a screen sends, and what it does with the reply, without a running server.
 */
import { Client, makeResult, type Operation } from 'urql';
import { filter, map, pipe } from 'wonka';

export function answeringServer(answer: Parameters<typeof makeResult>[1]) {
  const sent: Operation[] = [];
  const client = new Client({
    url: '/graphql',
    exchanges: [
      () => (ops$) =>
        pipe(
          ops$,
          filter((op) => op.kind !== 'teardown'),
          map((op) => {
            sent.push(op);
            return makeResult(op, answer);
          }),
        ),
    ],
  });
  return { client, sent };
}
