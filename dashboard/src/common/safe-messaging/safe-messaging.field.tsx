/**
 * A text area that checks what is typed against the safe-messaging guidelines as the person writes
 * (the shared `checkSafeMessaging`, the same code the server enforces at publish). Each finding's words
 * are highlighted in the text, and listed with what it means: "Blocks publishing" (must be fixed) or
 * "Warning" (informs). A finding with a clear fix has a button that applies it; "Show" selects the words in
 * the text. Severity is said in words and marked by underline style, never by colour alone; the summary is
 * read out politely when it changes.
 *
 *   <Controller name="citation" control={form.control} render={({ field, fieldState }) => (
 *     <SafeMessagingField label="Citation" topics={topics} value={field.value} onChange={field.onChange}
 *       onBlur={field.onBlur} error={fieldState.error?.message} />)} />
 */
import { checkSafeMessaging, type SafetyFinding, SafetySeverity, type Topic } from '@beacon/shared';
import { Badge, Button, Group, Input, Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ReactNode, useId, useMemo, useRef } from 'react';
import { announce } from '../notifications/notify';
import { fixFor } from './fixes';
import classes from './safe-messaging.module.css';

const CHECK_DELAY_MS = 250;

export interface SafeMessagingFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** The topics the text is filed under: sensitive ones switch on the topic rules. */
  topics?: readonly Topic[];
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  maxLength?: number;
  rows?: number;
  name?: string;
}

const bySeverityThenPlace = (a: SafetyFinding, b: SafetyFinding) =>
  (a.severity === b.severity ? 0 : a.severity === SafetySeverity.BLOCK ? -1 : 1) || a.start - b.start;

export function summaryOf(findings: readonly SafetyFinding[]): string {
  const blocking = findings.filter((f) => f.severity === SafetySeverity.BLOCK).length;
  const warnings = findings.length - blocking;
  if (findings.length === 0) return 'No safe-messaging problems found.';
  const parts = [];
  if (blocking) parts.push(`${blocking} ${blocking === 1 ? 'problem blocks' : 'problems block'} publishing`);
  if (warnings) parts.push(`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
  return `Safe-messaging check: ${parts.join(', ')}.`;
}

export function SafeMessagingField({
  label,
  value,
  onChange,
  onBlur,
  topics = [],
  description,
  error,
  required,
  maxLength,
  rows = 6,
  name,
}: SafeMessagingFieldProps) {
  const id = useId();
  const ids = {
    input: `${id}-input`,
    description: `${id}-description`,
    error: `${id}-error`,
    summary: `${id}-summary`,
  };
  const area = useRef<HTMLTextAreaElement>(null);
  const backdrop = useRef<HTMLDivElement>(null);
  const [checked] = useDebouncedValue(value, CHECK_DELAY_MS);
  const topicsKey = topics.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: topicsKey stands for topics' contents.
  const findings = useMemo(
    () => (checked.trim() ? checkSafeMessaging(checked, { topics }).sort(bySeverityThenPlace) : []),
    [checked, topicsKey],
  );
  // Highlights are drawn only for the text that was checked; while typing, the text shows plain.
  const current = checked === value;

  const select = (finding: SafetyFinding) => {
    const el = area.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(finding.start, finding.end);
  };

  const describedBy = [description ? ids.description : null, error ? ids.error : null, ids.summary]
    .filter(Boolean)
    .join(' ');

  return (
    <Stack gap="xs">
      <Input.Wrapper
        label={label}
        description={description}
        error={error}
        required={required}
        id={ids.input}
        descriptionProps={{ id: ids.description }}
        errorProps={{ id: ids.error }}
      >
        <div className={classes.field} data-invalid={error ? true : undefined}>
          <div ref={backdrop} className={classes.backdrop} aria-hidden>
            {current ? <Highlighted text={value} findings={findings} /> : value}
            {/* A trailing line break in a textarea is a visible empty line; the backdrop needs one too. */}
            {'\n'}
          </div>
          <textarea
            ref={area}
            id={ids.input}
            name={name}
            className={classes.textarea}
            value={value}
            rows={rows}
            required={required}
            maxLength={maxLength}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => onChange(event.currentTarget.value)}
            onBlur={onBlur}
            onScroll={(event) => {
              if (backdrop.current) backdrop.current.scrollTop = event.currentTarget.scrollTop;
            }}
            spellCheck
          />
        </div>
      </Input.Wrapper>

      <Text id={ids.summary} role="status" size="sm" c={findings.some(isBlocking) ? 'red.9' : 'dimmed'}>
        {checked.trim() ? summaryOf(findings) : ''}
      </Text>
      {findings.length > 0 && (
        <Stack
          component="ul"
          gap="xs"
          className={classes.findings}
          aria-label={`Safe-messaging findings in ${label}`}
        >
          {findings.map((finding) => {
            const fix = fixFor(finding);
            const blocking = isBlocking(finding);
            return (
              <Paper
                component="li"
                key={`${finding.ruleId}-${finding.start}-${finding.end}`}
                withBorder
                p="sm"
                className={blocking ? classes.blockingItem : classes.warningItem}
              >
                <Group gap="xs" mb={4}>
                  <Badge
                    color={blocking ? 'red.9' : 'yellow.4'}
                    variant={blocking ? 'outline' : 'filled'}
                    autoContrast
                    radius="sm"
                    tt="none"
                  >
                    {blocking ? 'Blocks publishing' : 'Warning'}
                  </Badge>
                  <Text size="sm" fw={600} component="q" className={classes.excerpt}>
                    {finding.excerpt.length > 80 ? `${finding.excerpt.slice(0, 80)}…` : finding.excerpt}
                  </Text>
                </Group>
                <Text size="sm">{finding.message}</Text>
                {finding.suggestion && !fix && (
                  <Text size="sm" c="dimmed" mt={4}>
                    Suggestion: {finding.suggestion}
                  </Text>
                )}
                <Group gap="xs" mt="xs">
                  {fix && current && (
                    <Button
                      size="compact-sm"
                      // The fix quotes the words it adds, which can be longer than a phone is wide: the
                      // label wraps rather than being cut off mid-sentence.
                      h="auto"
                      maw="100%"
                      styles={{ label: { whiteSpace: 'normal', textAlign: 'start', paddingBlock: 4 } }}
                      onClick={() => {
                        const next = fix.apply(value);
                        onChange(next.text);
                        announce(`Applied: ${fix.label.replace(/^./, (c) => c.toLowerCase())}.`);
                        requestAnimationFrame(() => {
                          area.current?.focus();
                          area.current?.setSelectionRange(next.caret, next.caret);
                        });
                      }}
                    >
                      {fix.label}
                    </Button>
                  )}
                  {current && finding.end > finding.start && (
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => select(finding)}
                      // The visible words start the name (WCAG 2.5.3), then which words and where.
                      aria-label={`Show in text: “${finding.excerpt.slice(0, 40)}” in ${label}`}
                    >
                      Show in text
                    </Button>
                  )}
                </Group>
              </Paper>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}

const isBlocking = (finding: SafetyFinding) => finding.severity === SafetySeverity.BLOCK;

/** The text with each finding's span marked; overlapping spans are merged, the more severe mark wins. */
function Highlighted({ text, findings }: { text: string; findings: readonly SafetyFinding[] }) {
  // Whole-text findings ("no help resource") would tint everything: only spans within the text are drawn.
  const spans = findings
    .filter(
      (f) =>
        f.end > f.start &&
        !(f.start === 0 && f.end >= text.trimEnd().length && f.ruleId.startsWith('missing-')),
    )
    .map((f) => ({ start: f.start, end: f.end, blocking: isBlocking(f) }))
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number; blocking: boolean }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.blocking ||= span.blocking;
    } else merged.push({ ...span });
  }
  const parts: ReactNode[] = [];
  let at = 0;
  for (const span of merged) {
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push(
      <mark key={span.start} className={span.blocking ? classes.markBlocking : classes.markWarning}>
        {text.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
