/**
 * From a CSV file's records to the server's import rows, checked before anything is sent: columns are
 * matched by their header (as staff name them, or as the creators export writes them), cells become the
 * row input `addCreatorImportRows` takes, and each row is checked with the rules `createCreator` applies
 * (the server checks again, and also looks for handles already in the catalogue). Problems use the
 * server's field names and codes, so the preview shows the browser's findings and the server's the same way.
 */
import {
  BIO_MAX,
  HANDLE_PATTERN,
  isTopic,
  NAME_MAX,
  normaliseHandle,
  TOPIC_INFO,
  type Topic,
  URL_MAX,
} from '@beacon/shared';
import type { CreatorImportRowInput, ImportProblemCode } from '../../gql/graphql';

/** The server's row limit for one import, and its chunk limit for one call. */
export const MAX_IMPORT_ROWS = 10_000;
export const IMPORT_CHUNK_SIZE = 200;

export type ImportField = Exclude<keyof CreatorImportRowInput, 'rowNumber'>;

export interface RowProblem {
  readonly field: string;
  readonly code: ImportProblemCode;
  readonly message: string;
}

/** One record of the file, ready to send, with what the browser found wrong in it. */
export interface ImportRow {
  readonly input: CreatorImportRowInput;
  readonly problems: readonly RowProblem[];
}

/** Each field, the words people put in a header for it (compared without case, spaces or punctuation). */
export const FIELD_HEADERS: Readonly<Record<ImportField, readonly string[]>> = {
  handle: ['handle', 'username', 'creator handle'],
  displayName: ['display name', 'displayname', 'name'],
  bio: ['bio', 'biography'],
  region: ['region', 'country', 'region code'],
  languages: ['languages', 'language'],
  topics: ['topics', 'topic'],
  followerCount: ['followers', 'follower count', 'followercount'],
  profileUrl: ['profile url', 'profileurl', 'profile', 'url'],
  consentScope: ['consent scope', 'consentscope', 'consent'],
  consentGivenAt: ['consent given at', 'consentgivenat', 'consent given'],
};

export const FIELD_LABELS: Readonly<Record<ImportField, string>> = {
  handle: 'Handle',
  displayName: 'Display name',
  bio: 'Bio',
  region: 'Region',
  languages: 'Languages',
  topics: 'Topics',
  followerCount: 'Followers',
  profileUrl: 'Profile URL',
  consentScope: 'Consent scope',
  consentGivenAt: 'Consent given at',
};

/** The server names the consent fields `consent.scope` / `consent.givenAt` in some problems. */
export const importFieldOf = (field: string): ImportField =>
  field.replace(/^consent\.(\w)/, (_, c: string) => `consent${c.toUpperCase()}`) as ImportField;

export function fieldLabel(field: string): string {
  return FIELD_LABELS[importFieldOf(field)] ?? field;
}

const squash = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Which field each column holds (null for columns Beacon does not import), and required fields missing. */
export function mapHeaders(headers: readonly string[]): {
  columns: (ImportField | null)[];
  missing: ImportField[];
} {
  const byHeader = new Map<string, ImportField>();
  for (const [field, names] of Object.entries(FIELD_HEADERS) as [ImportField, readonly string[]][])
    for (const name of names) byHeader.set(squash(name), field);
  const seen = new Set<ImportField>();
  const columns = headers.map((header) => {
    const field = byHeader.get(squash(header)) ?? null;
    if (!field || seen.has(field)) return null;
    seen.add(field);
    return field;
  });
  const required: ImportField[] = ['handle', 'displayName', 'region', 'profileUrl'];
  return { columns, missing: required.filter((f) => !seen.has(f)) };
}

const splitList = (cell: string) =>
  cell
    .split(/[;,|]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

const TOPIC_BY_LABEL = new Map(
  (Object.entries(TOPIC_INFO) as [Topic, { label: string }][]).map(([topic, info]) => [
    info.label.toLowerCase(),
    topic,
  ]),
);

/** `Self-harm`, `self_harm` and `SELF_HARM` all name the same topic; anything else is sent as written. */
export function topicOf(cell: string): string {
  const upper = cell
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  if (isTopic(upper)) return upper;
  return TOPIC_BY_LABEL.get(cell.trim().toLowerCase()) ?? cell.trim();
}

/** One record of cells (already matched to fields) as the server's row input. */
export function toRowInput(
  rowNumber: number,
  cells: Partial<Record<ImportField, string>>,
): CreatorImportRowInput {
  const input: CreatorImportRowInput = { rowNumber };
  for (const [field, raw] of Object.entries(cells) as [ImportField, string | undefined][]) {
    const cell = (raw ?? '').trim();
    if (cell === '') continue;
    switch (field) {
      case 'languages':
        input.languages = splitList(cell);
        break;
      case 'topics':
        input.topics = splitList(cell).map(topicOf);
        break;
      case 'region':
        input.region = cell.toUpperCase();
        break;
      case 'consentScope':
        input.consentScope = cell.toUpperCase().replace(/[\s-]+/g, '_');
        break;
      case 'bio':
        // The bio keeps its own spacing and line breaks.
        input.bio = raw;
        break;
      default:
        input[field] = cell;
    }
  }
  return input;
}

const FOLLOWERS = /^(\d{1,3}([,\s_]\d{3})+|\d+)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const SCOPES = ['SPOTLIGHT', 'SPOTLIGHT_AND_PROMOTION'];
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

export function isRegionCode(value: string): boolean {
  if (!/^[A-Z]{2}$/.test(value)) return false;
  try {
    return regionNames.of(value) !== undefined;
  } catch {
    return false;
  }
}

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** What `createCreator` would refuse in this row, field by field. */
export function checkRowInput(input: CreatorImportRowInput): RowProblem[] {
  const problems: RowProblem[] = [];
  const add = (field: string, code: ImportProblemCode, message: string) =>
    problems.push({ field, code, message });

  if (!input.handle) add('handle', 'REQUIRED', 'A handle is required');
  else if (!HANDLE_PATTERN.test(normaliseHandle(input.handle)))
    add('handle', 'INVALID_HANDLE', 'A handle is 2 to 30 letters, digits, dots or underscores');

  if (!input.displayName) add('displayName', 'REQUIRED', 'A display name is required');
  else if (input.displayName.length > NAME_MAX)
    add('displayName', 'TOO_LONG', `A display name is at most ${NAME_MAX} characters`);

  if ((input.bio ?? '').length > BIO_MAX) add('bio', 'TOO_LONG', `A bio is at most ${BIO_MAX} characters`);

  if (!input.region) add('region', 'REQUIRED', 'A region is required');
  else if (!isRegionCode(input.region))
    add('region', 'INVALID_REGION', `"${input.region}" is not a two-letter region code such as GB or US`);

  if (!input.profileUrl) add('profileUrl', 'REQUIRED', 'A profile URL is required');
  else if (input.profileUrl.length > URL_MAX || !isHttpsUrl(input.profileUrl))
    add('profileUrl', 'INVALID_URL', 'The profile URL must start with https://');

  const languages = input.languages ?? [];
  if (languages.length > 20) add('languages', 'TOO_MANY', 'At most 20 languages');
  const badLanguages = languages.filter((l) => !LANGUAGE.test(l) || l.length > 35);
  if (badLanguages.length > 0)
    add('languages', 'INVALID', `${badLanguages.map((l) => `"${l}"`).join(', ')} is not a language tag`);

  const topics = input.topics ?? [];
  if (topics.length > 20) add('topics', 'TOO_MANY', 'At most 20 topics');
  const unknown = topics.filter((t) => !isTopic(t));
  if (unknown.length > 0)
    add('topics', 'UNKNOWN_VALUE', `${unknown.map((t) => `"${t}"`).join(', ')} is not a topic`);

  const followers = input.followerCount;
  if (
    followers !== undefined &&
    followers !== null &&
    !(FOLLOWERS.test(followers) && Number.isSafeInteger(Number(followers.replace(/[,\s_]/g, ''))))
  )
    add('followerCount', 'INVALID_NUMBER', 'Followers must be a whole number');

  if (input.consentScope && !SCOPES.includes(input.consentScope))
    add('consentScope', 'UNKNOWN_VALUE', 'Consent scope is SPOTLIGHT or SPOTLIGHT_AND_PROMOTION');
  if (input.consentGivenAt) {
    if (!input.consentScope)
      add('consentScope', 'REQUIRED', 'A consent scope is required when consent given at is filled in');
    if (!ISO_DATE.test(input.consentGivenAt) || Number.isNaN(new Date(input.consentGivenAt).getTime()))
      add('consentGivenAt', 'INVALID_DATE', 'Consent given at must be a date such as 2023-05-01');
  }
  return problems;
}

/**
 * Every record of a file (header row first) as import rows, numbered as the file's data rows (1 is the
 * first record after the header), each checked, and a later row repeating an earlier row's handle marked.
 */
export function rowsFromRecords(records: readonly (readonly string[])[]): {
  rows: ImportRow[];
  missing: ImportField[];
  ignoredHeaders: string[];
} {
  const [headers = [], ...data] = records;
  const { columns, missing } = mapHeaders(headers);
  const ignoredHeaders = headers.filter((h, i) => columns[i] === null && h.trim() !== '');
  const inputs = data
    // A blank line is not a creator.
    .filter((record) => record.some((cell) => cell.trim() !== ''))
    .map((record, index) => {
      const cells: Partial<Record<ImportField, string>> = {};
      columns.forEach((field, i) => {
        if (field) cells[field] = record[i] ?? '';
      });
      return toRowInput(index + 1, cells);
    });
  return { rows: checkRows(inputs), missing, ignoredHeaders };
}

function duplicateCheck(
  row: { input: CreatorImportRowInput; problems: RowProblem[] },
  firstRowOf: Map<string, number>,
) {
  if (!row.input.handle) return;
  const handle = normaliseHandle(row.input.handle);
  const first = firstRowOf.get(handle);
  if (first === undefined) firstRowOf.set(handle, row.input.rowNumber);
  else
    row.problems.push({
      field: 'handle',
      code: 'DUPLICATE_IN_IMPORT',
      message: `Row ${first} already has the handle @${handle}`,
    });
}

/** Each row's own check, then handles repeated across the file (the first row keeps its handle). */
export function checkRows(inputs: readonly CreatorImportRowInput[]): ImportRow[] {
  const firstRowOf = new Map<string, number>();
  return inputs.map((input) => {
    const row = { input, problems: checkRowInput(input) };
    duplicateCheck(row, firstRowOf);
    return row;
  });
}

/** The cells of a row as text for the editing form and the preview. */
export function cellsOf(input: CreatorImportRowInput): Record<ImportField, string> {
  return {
    handle: input.handle ?? '',
    displayName: input.displayName ?? '',
    bio: input.bio ?? '',
    region: input.region ?? '',
    languages: (input.languages ?? []).join('; '),
    topics: (input.topics ?? []).join('; '),
    followerCount: input.followerCount ?? '',
    profileUrl: input.profileUrl ?? '',
    consentScope: input.consentScope ?? '',
    consentGivenAt: input.consentGivenAt ?? '',
  };
}

/** Reads a CSV file (or its text) into checked import rows; papaparse is loaded only now, when needed. */
export async function parseCreatorsCsv(source: File | string): Promise<{
  rows: ImportRow[];
  missing: ImportField[];
  ignoredHeaders: string[];
  /** Rows the file had beyond the import's limit (they are not read). */
  overLimit: boolean;
  parseErrors: string[];
}> {
  const { default: Papa } = await import('papaparse');
  const text = typeof source === 'string' ? source : await source.text();
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const records = parsed.data;
  const overLimit = records.length - 1 > MAX_IMPORT_ROWS;
  const { rows, missing, ignoredHeaders } = rowsFromRecords(
    overLimit ? records.slice(0, MAX_IMPORT_ROWS + 1) : records,
  );
  return {
    rows,
    missing,
    ignoredHeaders,
    overLimit,
    // Quoting mistakes (an unclosed quote) name the row; a delimiter guess on a one-column file is no error.
    parseErrors: parsed.errors
      .filter((e) => e.code !== 'UndetectableDelimiter')
      .map((e) => (e.row === undefined ? e.message : `Row ${e.row}: ${e.message}`)),
  };
}
