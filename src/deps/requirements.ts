/**
 * requirements.txt as pip reads it: comments, line continuations, options, `-r`/`-c` includes,
 * editable and URL requirements, environment markers and per-line `--hash` options. Each
 * requirement keeps the line it was declared on, so pip-audit's findings and our dependency rules
 * land on that line.
 */

export interface Requirement {
  /** PEP 503 normalised name: `Flask_SQLAlchemy` → `flask-sqlalchemy`. */
  name: string;
  /** The name as written. */
  rawName: string;
  /** Version specifier as written (`==2.31.0`, `>=1,<2`), without spaces; empty when none. */
  specifier: string;
  extras: string[];
  marker: string;
  /** 1-based line where the requirement starts, and the column span of its name. */
  line: number;
  column: number;
  endColumn: number;
  /** `==` or `===` on a version without a wildcard. */
  pinned: boolean;
  hashes: string[];
}

export interface RequirementInclude {
  kind: 'requirements' | 'constraints';
  /** As written, relative to the including file. */
  target: string;
  line: number;
}

export interface OtherEntry {
  kind: 'editable' | 'url' | 'option';
  text: string;
  line: number;
}

export interface RequirementsFile {
  requirements: Requirement[];
  includes: RequirementInclude[];
  others: OtherEntry[];
}

export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*/;

/** Logical lines: `\` continuations joined, comments removed, with the line each starts on. */
function logicalLines(text: string): Array<{ text: string; line: number; column: number }> {
  const physical = text.split(/\r\n|\r|\n/);
  const result: Array<{ text: string; line: number; column: number }> = [];
  let pending: { text: string; line: number; column: number } | null = null;
  physical.forEach((raw, index) => {
    // pip: a comment is `#` at the start or after whitespace.
    const withoutComment = raw.replace(/(^|\s)#.*$/, '');
    const continues = /\\$/.test(withoutComment);
    const body = continues ? withoutComment.slice(0, -1) : withoutComment;
    if (pending) pending.text += ` ${body}`;
    else
      pending = { text: body, line: index + 1, column: (/^\s*/.exec(body)?.[0].length ?? 0) + 1 };
    if (!continues) {
      result.push(pending);
      pending = null;
    }
  });
  if (pending) result.push(pending);
  return result;
}

export function parseRequirements(text: string): RequirementsFile {
  const file: RequirementsFile = { requirements: [], includes: [], others: [] };
  for (const logical of logicalLines(text)) {
    const entry = logical.text.trim();
    if (!entry) continue;
    const include = /^(-r|--requirement|-c|--constraint)(?:\s*=\s*|\s+)(\S+)/.exec(entry);
    if (include) {
      file.includes.push({
        kind: include[1]?.includes('c') ? 'constraints' : 'requirements',
        target: include[2] ?? '',
        line: logical.line,
      });
      continue;
    }
    if (/^(-e|--editable)\b/.test(entry)) {
      file.others.push({ kind: 'editable', text: entry, line: logical.line });
      continue;
    }
    if (entry.startsWith('-')) {
      file.others.push({ kind: 'option', text: entry, line: logical.line });
      continue;
    }
    // `name @ url` and bare URLs/paths.
    if (
      /^[a-z][a-z0-9+.-]*:\/\//i.test(entry) ||
      /^[./]/.test(entry) ||
      /\s@\s/.test(entry.split(';')[0] ?? '')
    ) {
      file.others.push({ kind: 'url', text: entry, line: logical.line });
      continue;
    }
    const name = NAME.exec(entry);
    if (!name) {
      file.others.push({ kind: 'option', text: entry, line: logical.line });
      continue;
    }
    const rest = entry.slice(name[0].length);
    const hashes = [...rest.matchAll(/--hash[=\s]+(\S+)/g)].map((match) => match[1] ?? '');
    const withoutOptions = rest
      .replace(/\s--\S+(?:[=\s]+\S+)?/g, '')
      .replace(/^--\S+(?:[=\s]+\S+)?/, '');
    const [specPart = '', ...markerParts] = withoutOptions.split(';');
    const specifier = specPart.replace(/\s+/g, '').replace(/^\(|\)$/g, '');
    const rawName = name[1] ?? '';
    file.requirements.push({
      name: normaliseName(rawName),
      rawName,
      specifier,
      extras: (name[2] ?? '')
        .replace(/[[\]\s]/g, '')
        .split(',')
        .filter(Boolean),
      marker: markerParts.join(';').trim(),
      line: logical.line,
      column: logical.column,
      endColumn: logical.column + rawName.length,
      pinned: isPinned(specifier),
      hashes,
    });
  }
  return file;
}

/** `==1.2.3` or `===x`: exactly one version, no wildcard, no other clause. */
export function isPinned(specifier: string): boolean {
  return /^(===?)[^,*<>!~=]+$/.test(specifier);
}
