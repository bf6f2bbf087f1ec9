/**
 * PEP 508 environment markers, only as far as turning a lock file into requirements for pip
 * needs: parse a marker, decide the clauses that name what we choose to install (PEP 751's
 * `'dev' in dependency_groups`, `'x' in extras`), and print what is left for pip to evaluate on the
 * machine that installs. Anything we cannot read is kept as written: pip judges it.
 */

type MarkerNode =
  | { kind: 'atom'; text: string; value: boolean | null }
  | { kind: 'and' | 'or'; items: MarkerNode[] }
  | { kind: 'const'; value: boolean };

/** What the install selects: the dependency groups and extras being installed. */
export interface MarkerSelection {
  dependencyGroups: readonly string[];
  extras: readonly string[];
}

const TOKEN =
  /\s*(?:(\()|(\))|('[^']*'|"[^"]*")|(===|==|!=|<=|>=|~=|<|>)|(not\s+in\b)|(in\b)|(and\b)|(or\b)|([A-Za-z_][A-Za-z0-9_.]*))/y;

interface Token {
  type: 'open' | 'close' | 'string' | 'op' | 'and' | 'or' | 'name';
  text: string;
}

function tokenize(marker: string): Token[] | null {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let position = 0;
  while (position < marker.length) {
    if (/^\s*$/.test(marker.slice(position))) break;
    TOKEN.lastIndex = position;
    const match = TOKEN.exec(marker);
    if (!match) return null;
    position = TOKEN.lastIndex;
    if (match[1]) tokens.push({ type: 'open', text: '(' });
    else if (match[2]) tokens.push({ type: 'close', text: ')' });
    else if (match[3]) tokens.push({ type: 'string', text: match[3] });
    else if (match[4]) tokens.push({ type: 'op', text: match[4] });
    else if (match[5]) tokens.push({ type: 'op', text: 'not in' });
    else if (match[6]) tokens.push({ type: 'op', text: 'in' });
    else if (match[7]) tokens.push({ type: 'and', text: 'and' });
    else if (match[8]) tokens.push({ type: 'or', text: 'or' });
    else if (match[9]) tokens.push({ type: 'name', text: match[9] });
  }
  return tokens;
}

/** Recursive descent over `or` > `and` > atom | ( … ). */
function parse(tokens: Token[], selection: MarkerSelection): MarkerNode | null {
  let index = 0;
  const peek = (): Token | undefined => tokens[index];

  const parseOr = (): MarkerNode | null => {
    const items: MarkerNode[] = [];
    for (;;) {
      const item = parseAnd();
      if (!item) return null;
      items.push(item);
      if (peek()?.type !== 'or') break;
      index++;
    }
    return items.length === 1 ? (items[0] ?? null) : { kind: 'or', items };
  };
  const parseAnd = (): MarkerNode | null => {
    const items: MarkerNode[] = [];
    for (;;) {
      const item = parseTerm();
      if (!item) return null;
      items.push(item);
      if (peek()?.type !== 'and') break;
      index++;
    }
    return items.length === 1 ? (items[0] ?? null) : { kind: 'and', items };
  };
  const parseTerm = (): MarkerNode | null => {
    const token = peek();
    if (!token) return null;
    if (token.type === 'open') {
      index++;
      const inner = parseOr();
      if (!inner || peek()?.type !== 'close') return null;
      index++;
      return inner;
    }
    const left = tokens[index];
    const op = tokens[index + 1];
    const right = tokens[index + 2];
    if (!left || !op || !right || op.type !== 'op') return null;
    if (!isValue(left) || !isValue(right)) return null;
    index += 3;
    return {
      kind: 'atom',
      text: `${left.text} ${op.text} ${right.text}`,
      value: decide(left, op.text, right, selection),
    };
  };

  const tree = parseOr();
  return tree && index === tokens.length ? tree : null;
}

function isValue(token: Token): boolean {
  return token.type === 'string' || token.type === 'name';
}

/** PEP 751's list-valued variables; everything else is pip's to evaluate. */
function decide(left: Token, op: string, right: Token, selection: MarkerSelection): boolean | null {
  if (op !== 'in' && op !== 'not in') return null;
  if (left.type !== 'string' || right.type !== 'name') return null;
  const list =
    right.text === 'dependency_groups'
      ? selection.dependencyGroups
      : right.text === 'extras'
        ? selection.extras
        : null;
  if (!list) return null;
  const value = normalise(left.text.slice(1, -1));
  const found = list.some((item) => normalise(item) === value);
  return op === 'in' ? found : !found;
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

function simplify(node: MarkerNode): MarkerNode {
  if (node.kind === 'const') return node;
  if (node.kind === 'atom')
    return node.value === null ? node : { kind: 'const', value: node.value };
  const isAnd = node.kind === 'and';
  const items: MarkerNode[] = [];
  for (const item of node.items.map(simplify)) {
    if (item.kind === 'const') {
      // `and`: a false clause decides, a true one drops out; `or` the other way round.
      if (item.value !== isAnd) return { kind: 'const', value: item.value };
      continue;
    }
    items.push(item);
  }
  if (items.length === 0) return { kind: 'const', value: isAnd };
  if (items.length === 1) return items[0] as MarkerNode;
  return { kind: node.kind, items };
}

function print(node: MarkerNode, parent: 'and' | 'or' | null = null): string {
  if (node.kind === 'const') return node.value ? '' : 'python_version < "0"';
  if (node.kind === 'atom') return node.text;
  const text = node.items.map((item) => print(item, node.kind)).join(` ${node.kind} `);
  return parent && parent !== node.kind ? `(${text})` : text;
}

/**
 * A marker with the install's own choices decided: `true` (always install), `false` (never), or
 * the rest of the marker for pip. A marker we cannot read is returned as written.
 */
export function resolveMarker(
  marker: string | null | undefined,
  selection: MarkerSelection = { dependencyGroups: [], extras: [] },
): boolean | string {
  const text = (marker ?? '').trim();
  if (!text) return true;
  const tokens = tokenize(text);
  const tree = tokens ? parse(tokens, selection) : null;
  if (!tree) return text;
  const simple = simplify(tree);
  if (simple.kind === 'const') return simple.value;
  return print(simple);
}

/** `a and b` for two markers either of which may be absent (null: always). */
export function andMarkers(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return `(${a}) and (${b})`;
}

/**
 * When a package is needed: the alternatives (any one suffices), each a set of clauses that must
 * all hold; null means always. Kept small: past `limit` alternatives the package is needed always
 * (installing one package too many is better than a marker pip spends seconds on).
 */
export class MarkerCondition {
  private constructor(readonly alternatives: ReadonlyArray<ReadonlySet<string>> | null) {}

  static always(): MarkerCondition {
    return new MarkerCondition(null);
  }

  static never(): MarkerCondition {
    return new MarkerCondition([]);
  }

  static of(clauses: readonly string[]): MarkerCondition {
    return clauses.length === 0
      ? MarkerCondition.always()
      : new MarkerCondition([new Set(clauses)]);
  }

  get isAlways(): boolean {
    return this.alternatives === null;
  }

  get isNever(): boolean {
    return this.alternatives !== null && this.alternatives.length === 0;
  }

  /** This condition with one more clause on every alternative (an edge's marker). */
  and(clause: string | null): MarkerCondition {
    if (!clause) return this;
    if (this.alternatives === null) return MarkerCondition.of([clause]);
    return new MarkerCondition(this.alternatives.map((set) => new Set([...set, clause])));
  }

  or(other: MarkerCondition, limit = 8): MarkerCondition {
    if (this.alternatives === null || other.alternatives === null) return MarkerCondition.always();
    const all = [...this.alternatives, ...other.alternatives];
    // Absorption: (A) or (A and B) is (A).
    const kept = all.filter(
      (set, i) =>
        !all.some(
          (other2, j) =>
            j !== i &&
            isSubset(other2, set) &&
            (other2.size < set.size || (other2.size === set.size && j < i)),
        ),
    );
    if (kept.length > limit) return MarkerCondition.always();
    return new MarkerCondition(kept);
  }

  equals(other: MarkerCondition): boolean {
    return this.key() === other.key();
  }

  key(): string {
    if (this.alternatives === null) return '*';
    return this.alternatives
      .map((set) => [...set].sort().join('\u0000'))
      .sort()
      .join('\u0001');
  }

  /** The PEP 508 marker, or null for always. */
  toMarker(): string | null {
    if (this.alternatives === null) return null;
    if (this.alternatives.length === 0) return 'python_version < "0"';
    const conjunctions = this.alternatives.map((set) => {
      const clauses = [...set].sort();
      return clauses.length === 1 && this.alternatives?.length === 1
        ? (clauses[0] ?? '')
        : clauses.map((clause) => `(${clause})`).join(' and ');
    });
    return conjunctions.length === 1
      ? (conjunctions[0] ?? '')
      : conjunctions.map((text) => (text.includes(' and ') ? `(${text})` : text)).join(' or ');
  }
}

function isSubset(small: ReadonlySet<string>, big: ReadonlySet<string>): boolean {
  for (const item of small) if (!big.has(item)) return false;
  return true;
}

/** `name==1.0` with its marker, as pip takes it on the command line. */
export function withMarker(requirement: string, marker: string | null): string {
  return marker ? `${requirement} ; ${marker}` : requirement;
}
