/** The form-level error above a form's fields: read out at once, focused when no field took focus. */
import { useEffect, useRef } from 'react';
import { ProblemAlert } from '../errors/problem-alert';
import type { Problem } from '../graphql/problem';

export function FormProblem({ problem, title = 'Not saved' }: { problem: Problem | null; title?: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // When no field holds the focus (the error is about the whole form), bring the person here.
    if (
      problem &&
      !(
        document.activeElement instanceof HTMLInputElement ||
        document.activeElement instanceof HTMLTextAreaElement
      )
    )
      box.current?.focus();
  }, [problem]);
  if (!problem) return null;
  return (
    <div ref={box} tabIndex={-1}>
      <ProblemAlert problem={problem} title={title} />
    </div>
  );
}
