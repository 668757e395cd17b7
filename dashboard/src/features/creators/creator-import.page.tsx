/**
 * Import creators from a CSV file. The file is read in the browser (papaparse, loaded only here) and every
 * row is checked before anything is sent: the preview lists each row's problems by field, and a row can be
 * fixed in place. "Import" stages the rows through the server's import in chunks (a progress bar follows),
 * and commits only when the server found no problem either (it also knows which handles are taken): the
 * commit creates every creator or none. Up to 10,000 rows: the preview is a box of its own height with a
 * sticky header that draws only the rows in view, says how many rows are ready and how many have errors,
 * marks each field in error, and can show only the rows with errors.
 */
import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  Paper,
  Progress,
  Stack,
  Switch,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { listColumns } from '../../common/data-table/columns';
import { DataTable } from '../../common/data-table/data-table';
import { ProblemAlert } from '../../common/errors/problem-alert';
import { announce, notify } from '../../common/notifications/notify';
import { PageHeader } from '../../common/page/page-header';
import { EmptyState } from '../../common/query-state/query-state';
import {
  checkRows,
  FIELD_HEADERS,
  FIELD_LABELS,
  fieldLabel,
  type ImportField,
  type ImportRow,
  importFieldOf,
  MAX_IMPORT_ROWS,
  parseCreatorsCsv,
  type RowProblem,
} from './creator-csv';
import { FixRowDialog } from './fix-row.dialog';
import { useCreatorImport } from './use-creator-import';

interface PreviewRow {
  readonly row: ImportRow;
  /** The browser's problems and, once staged, the server's. */
  readonly problems: readonly RowProblem[];
}

const count = new Intl.NumberFormat('en-GB');
const plural = (n: number, one: string, many = `${one}s`) => `${count.format(n)} ${n === 1 ? one : many}`;

const back = (
  <Anchor component={Link} to="/creators" size="sm">
    ← All creators
  </Anchor>
);

const col = listColumns<PreviewRow>();

/** The preview's box: most of a screen, never more, so the page around it stays in reach. */
const PREVIEW_HEIGHT = 'min(32rem, 65vh)';

/** One field of a row: its value, marked (by weight, colour and a sign, never colour alone) when in error. */
function FieldCell({ row, field, value }: { row: PreviewRow; field: ImportField; value: string }) {
  const wrong = row.problems.some((p) => importFieldOf(p.field) === field);
  if (!wrong) return value;
  return (
    <Text span size="sm" c="red.9" fw={600}>
      <span aria-hidden>{'⚠\u00a0'}</span>
      {value === '' ? <em>missing</em> : value}
      <VisuallyHidden> (error)</VisuallyHidden>
    </Text>
  );
}

const fieldColumn = (
  field: ImportField,
  value: (row: PreviewRow) => string,
  meta?: { hideOnPhone?: boolean; numeric?: boolean },
) =>
  col.accessor(value, {
    id: field,
    header: FIELD_LABELS[field],
    cell: (c) => <FieldCell row={c.row.original} field={field} value={c.getValue()} />,
    meta,
  });

/** Mantine's alerts title in shade 6 or 7, too light for text: outlined ones here use the darkest shade. */
const darkTitle = (color: string) => ({
  root: { '--alert-color': `var(--mantine-color-${color}-9)` } as React.CSSProperties,
});

interface LoadedFile {
  readonly name: string;
  readonly rows: ImportRow[];
  readonly missing: ImportField[];
  readonly ignoredHeaders: string[];
  readonly overLimit: boolean;
  readonly parseErrors: string[];
}

export function CreatorImportPage() {
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [fixing, setFixing] = useState<PreviewRow | null>(null);
  const staging = useCreatorImport();
  const { phase, serverProblems } = staging;
  const summary = useRef<HTMLDivElement>(null);

  const preview: PreviewRow[] = useMemo(
    () =>
      (file?.rows ?? []).map((row) => {
        const server = serverProblems.get(row.input.rowNumber) ?? [];
        const known = new Set(row.problems.map((p) => `${p.field}|${p.code}`));
        return {
          row,
          problems: [...row.problems, ...server.filter((p) => !known.has(`${p.field}|${p.code}`))],
        };
      }),
    [file, serverProblems],
  );
  const withProblems = preview.filter((r) => r.problems.length > 0);
  const localProblems = (file?.rows ?? []).filter((r) => r.problems.length > 0).length;
  const shown = onlyErrors ? withProblems : preview;
  const busy = phase.kind === 'staging' || phase.kind === 'committing';

  const choose = async (chosen: File | null) => {
    if (staging.open) await staging.cancel();
    setFile(null);
    setReadError(null);
    if (!chosen) return;
    setReading(true);
    try {
      const parsed = await parseCreatorsCsv(chosen);
      const problems = parsed.rows.filter((r) => r.problems.length > 0).length;
      setFile({ name: chosen.name, ...parsed });
      setOnlyErrors(problems > 0);
      announce(
        `Read ${plural(parsed.rows.length, 'row')} from ${chosen.name}: ${
          problems > 0 ? `${plural(problems, 'row')} with problems` : 'no problems found'
        }.`,
      );
    } catch (error) {
      setReadError(error instanceof Error ? error.message : String(error));
    } finally {
      setReading(false);
      requestAnimationFrame(() => summary.current?.focus());
    }
  };

  const startImport = async () => {
    if (!file) return;
    const outcome = await staging.run(
      file.name,
      file.rows.map((r) => r.input),
    );
    if (outcome.kind === 'refused') setOnlyErrors(true);
    requestAnimationFrame(() => summary.current?.focus());
  };

  const saveFix = (fixed: ImportRow['input']) => {
    if (!file) return;
    const rows = checkRows(file.rows.map((r) => (r.input.rowNumber === fixed.rowNumber ? fixed : r.input)));
    setFile({ ...file, rows });
    staging.forget(fixed.rowNumber);
    const after = rows.find((r) => r.input.rowNumber === fixed.rowNumber);
    setFixing(null);
    notify.info(
      after && after.problems.length > 0
        ? `Row ${fixed.rowNumber} still has problems.`
        : `Row ${fixed.rowNumber} is ready to import.`,
    );
  };

  const columns = useMemo(
    () =>
      col.columns([
        col.accessor((r) => r.row.input.rowNumber, {
          id: 'row',
          header: 'Row',
          cell: (c) => `Row ${c.getValue()}`,
          meta: { rowHeader: true },
        }),
        fieldColumn('handle', (r) => r.row.input.handle ?? ''),
        fieldColumn('displayName', (r) => r.row.input.displayName ?? ''),
        fieldColumn('region', (r) => r.row.input.region ?? ''),
        fieldColumn('profileUrl', (r) => r.row.input.profileUrl ?? '', { hideOnPhone: true }),
        fieldColumn('followerCount', (r) => (r.row.input.followerCount ?? '').toString(), {
          numeric: true,
          hideOnPhone: true,
        }),
        col.accessor((r) => r.problems, {
          id: 'problems',
          header: 'Errors',
          cell: (c) => {
            const problems = c.getValue();
            if (problems.length === 0)
              return (
                <Text span size="sm">
                  None
                </Text>
              );
            return (
              <Stack gap={4} align="flex-start">
                <Stack component="ul" gap={2} m={0} pl="md">
                  {problems.map((p) => (
                    <Text component="li" size="sm" c="red.9" key={`${p.field}-${p.code}`}>
                      <strong>{fieldLabel(p.field)}:</strong> {p.message}
                    </Text>
                  ))}
                </Stack>
                {!busy && (
                  <Button size="compact-sm" variant="default" onClick={() => setFixing(c.row.original)}>
                    Fix row {c.row.original.row.input.rowNumber}
                  </Button>
                )}
              </Stack>
            );
          },
        }),
      ]),
    [busy],
  );

  const canImport =
    file !== null && file.rows.length > 0 && file.missing.length === 0 && withProblems.length === 0 && !busy;

  return (
    <>
      <PageHeader
        before={back}
        title="Import creators"
        description="Add many creators at once from a CSV file. Every row is checked before anything is saved, and either every creator is imported or none is."
      />

      <Stack gap="md" maw={720} mb="lg">
        <FileInput
          label="CSV file"
          description={`Up to ${count.format(MAX_IMPORT_ROWS)} rows. The first row names the columns.`}
          // Mantine draws the placeholder as text in the theme's placeholder colour, too light for text.
          placeholder={
            <Text span size="sm" c="dimmed">
              Choose a file
            </Text>
          }
          accept=".csv,text/csv"
          clearable
          clearButtonProps={{ 'aria-label': 'Clear the chosen file' }}
          disabled={busy || reading}
          onChange={(chosen) => void choose(chosen)}
        />
        <Text size="sm" c="dimmed">
          Columns: {Object.values(FIELD_LABELS).join(', ')}. Handle, display name, region and profile URL are
          required; lists (languages, topics) are separated by semicolons. Other names work too, for example{' '}
          {FIELD_HEADERS.followerCount.slice(0, 2).join(' or ')}.
        </Text>
      </Stack>

      <div ref={summary} tabIndex={-1} aria-live="polite">
        {reading && <Text>Reading the file…</Text>}
        {readError && (
          <Alert color="red" title="The file could not be read" role="alert" mb="md">
            {readError}
          </Alert>
        )}
        {file && (
          <Stack gap="sm" mb="md">
            <Text fw={500}>
              {file.name}: {plural(file.rows.length, 'row')}
              {file.rows.length > 0 &&
                `: ${count.format(preview.length - withProblems.length)} ready, ${count.format(withProblems.length)} with errors`}
              .
            </Text>
            {file.missing.length > 0 && (
              <Alert color="red" title="Columns missing" role="alert">
                The file has no column for {file.missing.map((f) => FIELD_LABELS[f]).join(', ')}. Add{' '}
                {file.missing.length === 1 ? 'it' : 'them'} and choose the file again.
              </Alert>
            )}
            {file.overLimit && (
              <Alert color="gray" variant="outline" styles={darkTitle('dark')} title="Too many rows">
                Only the first {count.format(MAX_IMPORT_ROWS)} rows were read. Split the file and import the
                rest separately.
              </Alert>
            )}
            {file.parseErrors.length > 0 && (
              <Alert
                color="gray"
                variant="outline"
                styles={darkTitle('dark')}
                title="Parts of the file may be malformed"
              >
                {file.parseErrors.slice(0, 5).join(' ')}
              </Alert>
            )}
            {file.ignoredHeaders.length > 0 && (
              <Text size="sm" c="dimmed">
                Not imported (unknown columns): {file.ignoredHeaders.join(', ')}.
              </Text>
            )}
            <PhaseMessage phase={phase} localProblems={localProblems} />
            {phase.kind === 'staging' && (
              <Progress.Root size="lg" aria-hidden={false}>
                <Progress.Section
                  value={phase.total === 0 ? 100 : (phase.sent / phase.total) * 100}
                  aria-label="Rows checked by Beacon"
                  aria-valuetext={`${count.format(phase.sent)} of ${count.format(phase.total)} rows`}
                />
              </Progress.Root>
            )}
            <Group gap="sm">
              {phase.kind === 'committed' ? (
                <Button component={Link} to="/creators">
                  See the creators
                </Button>
              ) : (
                <Button onClick={() => void startImport()} disabled={!canImport} loading={busy}>
                  Import {plural(file.rows.length, 'creator')}
                </Button>
              )}
              {phase.kind !== 'committed' && (
                <Button
                  variant="default"
                  disabled={phase.kind === 'committing'}
                  onClick={() => {
                    void staging.cancel();
                    setFile(null);
                    notify.info('Import cancelled: nothing was imported.');
                  }}
                >
                  Cancel import
                </Button>
              )}
            </Group>
          </Stack>
        )}
      </div>

      {file && file.rows.length > 0 && phase.kind !== 'committed' && (
        <section aria-label="Preview">
          <Switch
            mb="sm"
            label={`Show only rows with errors (${count.format(withProblems.length)})`}
            checked={onlyErrors}
            onChange={(event) => setOnlyErrors(event.currentTarget.checked)}
          />
          {shown.length === 0 ? (
            <EmptyState title="No rows with errors">Every row can be imported as it stands.</EmptyState>
          ) : (
            <DataTable
              label="Rows in the file"
              rows={shown}
              columns={columns}
              getRowId={(r) => String(r.row.input.rowNumber)}
              sort="client"
              cardHeadingOrder={2}
              maxHeight={PREVIEW_HEIGHT}
            />
          )}
        </section>
      )}

      {fixing && (
        <FixRowDialog
          row={fixing.row.input}
          problems={fixing.problems}
          onCancel={() => setFixing(null)}
          onSave={saveFix}
        />
      )}
    </>
  );
}

function PhaseMessage({
  phase,
  localProblems,
}: {
  phase: ReturnType<typeof useCreatorImport>['phase'];
  localProblems: number;
}) {
  switch (phase.kind) {
    case 'idle':
      return localProblems > 0 ? (
        <Text size="sm" c="red.9">
          Fix the {plural(localProblems, 'row')} with errors (here, or in the file and choose it again) before
          importing. Nothing has been saved.
        </Text>
      ) : null;
    case 'staging':
      return (
        <Text size="sm">
          Checking rows with Beacon: {count.format(phase.sent)} of {count.format(phase.total)}…
        </Text>
      );
    case 'committing':
      return <Text size="sm">Importing…</Text>;
    case 'refused':
      return (
        <Alert color="red" title="Nothing was imported" role="alert">
          Beacon found problems in {plural(phase.invalidRows, 'row')}. Fix{' '}
          {phase.invalidRows === 1 ? 'it' : 'them'} below and import again.
        </Alert>
      );
    case 'committed':
      return (
        <Paper withBorder p="md" role="status" style={{ borderColor: 'var(--mantine-color-teal-9)' }}>
          <Text fw={700}>Import complete</Text>
          <Text>Imported {plural(phase.created, 'creator')}.</Text>
        </Paper>
      );
    case 'failed':
      return <ProblemAlert problem={phase.problem} title="Nothing was imported" />;
  }
}
