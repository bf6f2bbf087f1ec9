/**
 * A Dockerfile as the deployment rules see it: its build stages (a `FROM` that names an earlier
 * stage builds on it, so that stage's instructions are in the image too), the final stage (the
 * last `FROM`, what `docker build` produces without `--target`), and the shell commands of each
 * `RUN`/`CMD`/`ENTRYPOINT` as words with their 1-based positions. Parsed once per file.
 */
import {
  DockerfileParser,
  type From,
  type Instruction,
  type PropertyInstruction,
} from 'dockerfile-ast';
import type { Span } from '../rule.js';
import type { TextFile } from '../text-file.js';

export interface Stage {
  index: number;
  from: From;
  /** `AS name`, lower-cased (Docker compares stage names without case). */
  name: string | null;
  /** The earlier stage this one builds on (`FROM builder`), or null for an image. */
  parent: Stage | null;
  /** The base image as written (`python:3.12-slim`), or null when the stage builds on a stage. */
  image: string | null;
  /** The stage's own instructions after its `FROM`. */
  instructions: Instruction[];
}

export interface DockerfileModel {
  /** Instructions before the first `FROM` (global `ARG`s). */
  preamble: Instruction[];
  stages: Stage[];
  /** The last stage, or null for a file without a `FROM`. */
  final: Stage | null;
  /** The final stage and the stages it builds on, final first: everything in the image. */
  finalChain: Stage[];
}

/** A shell word and where it starts (1-based). */
export interface Word {
  text: string;
  line: number;
  column: number;
}

const cache = new WeakMap<TextFile, DockerfileModel>();

export function dockerfileModel(file: TextFile): DockerfileModel {
  let model = cache.get(file);
  if (!model) {
    model = buildModel(file.text);
    cache.set(file, model);
  }
  return model;
}

function buildModel(text: string): DockerfileModel {
  const dockerfile = DockerfileParser.parse(text);
  const stages: Stage[] = [];
  const preamble: Instruction[] = [];
  for (const instruction of dockerfile.getInstructions()) {
    if (instruction.getKeyword() === 'FROM') {
      const from = instruction as From;
      const image = from.getImage();
      const name = from.getBuildStage()?.toLowerCase() ?? null;
      const parent = image
        ? (stages.findLast((stage) => stage.name === image.toLowerCase()) ?? null)
        : null;
      stages.push({
        index: stages.length,
        from,
        name,
        parent,
        image: parent ? null : image,
        instructions: [],
      });
    } else {
      (stages.at(-1)?.instructions ?? preamble).push(instruction);
    }
  }
  const final = stages.at(-1) ?? null;
  const finalChain: Stage[] = [];
  for (let stage = final; stage && !finalChain.includes(stage); stage = stage.parent)
    finalChain.push(stage);
  return { preamble, stages, final, finalChain };
}

/** The instructions of a chain of stages in build order (the base stage's first). */
export function chainInstructions(chain: readonly Stage[]): Instruction[] {
  return [...chain].reverse().flatMap((stage) => stage.instructions);
}

/** A 1-based span from dockerfile-ast's 0-based range. */
export function spanOf(range: {
  start: { line: number; character: number };
  end: { line: number; character: number };
}): Span {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** The first line of an instruction: where a finding about the whole instruction goes. */
export function instructionSpan(file: TextFile, instruction: Instruction): Span {
  const start = instruction.getRange().start;
  return file.lineSpan(
    start.line + 1,
    start.character + 1,
    (file.lines[start.line] ?? '').trimEnd().length - start.character,
  );
}

/**
 * The commands a `RUN`, `CMD`, `ENTRYPOINT` (or `HEALTHCHECK CMD`) runs, each a list of words:
 * split at `&&`, `||`, `;`, `|` and at line ends that are not continued (heredoc bodies),
 * heredoc markers dropped. The exec (JSON) form is one command; `["sh", "-c", "…"]` is split
 * like the shell form.
 */
export function commandsOf(file: TextFile, instruction: Instruction): Word[][] {
  const args = instruction.getArguments();
  const first = args[0];
  if (!first) return [];
  const start = first.getRange().start;
  const exec = execForm(instruction.getArgumentsContent() ?? '');
  if (exec) {
    const at = (text: string): Word => ({
      text,
      line: start.line + 1,
      column: start.character + 1,
    });
    if (
      exec.length >= 3 &&
      /^(\/bin\/|\/usr\/bin\/)?(ba|da|a)?sh$/.test(exec[0] ?? '') &&
      exec[1] === '-c'
    ) {
      return splitCommands((exec[2] ?? '').split(/\s+/).filter(Boolean).map(at), () => false);
    }
    return [exec.map(at)];
  }
  const escape = /\\\s*$/;
  const words: Word[] = [];
  let heredoc: string | null = null;
  let previousLine = -1;
  const breaks = new Set<number>();
  for (const arg of args) {
    const value = arg.getValue();
    const { line, character } = arg.getRange().start;
    const marker = /^<<-?["']?([A-Za-z_][\w-]*)["']?$/.exec(value);
    if (marker) {
      heredoc = marker[1] ?? null;
      continue;
    }
    if (heredoc && value === heredoc && (file.lines[line] ?? '').trim() === heredoc) {
      heredoc = null;
      continue;
    }
    // A new line that the previous one does not continue starts a new command (heredoc bodies).
    if (previousLine >= 0 && line > previousLine && !escape.test(file.lines[previousLine] ?? ''))
      breaks.add(words.length);
    previousLine = line;
    words.push(...splitOperators(value, line + 1, character + 1));
  }
  return splitCommands(words, (index) => breaks.has(index));
}

function execForm(content: string): string[] | null {
  const trimmed = content.trim();
  if (!trimmed.startsWith('[')) return null;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')
      ? parsed
      : null;
  } catch {
    return null;
  }
}

const OPERATOR = /&&|\|\||[;|]/g;

/** `x;pip` → `x`, `;`, `pip`: shell operators glued to words. */
function splitOperators(value: string, line: number, column: number): Word[] {
  const words: Word[] = [];
  let last = 0;
  for (const match of value.matchAll(OPERATOR)) {
    const index = match.index ?? 0;
    if (index > last) words.push({ text: value.slice(last, index), line, column: column + last });
    words.push({ text: match[0], line, column: column + index });
    last = index + match[0].length;
  }
  if (last < value.length) words.push({ text: value.slice(last), line, column: column + last });
  return words;
}

function splitCommands(words: Word[], breaksBefore: (index: number) => boolean): Word[][] {
  const commands: Word[][] = [];
  let current: Word[] = [];
  words.forEach((word, index) => {
    if (breaksBefore(index) && current.length) {
      commands.push(current);
      current = [];
    }
    if (/^(&&|\|\||[;|&])$/.test(word.text)) {
      if (current.length) commands.push(current);
      current = [];
    } else {
      current.push(word);
    }
  });
  if (current.length) commands.push(current);
  return commands;
}

/** A word without the quotes around it: `"pip"` → `pip`. */
export function bare(word: Word | undefined): string {
  return (word?.text ?? '').replace(/^["']+|["']+$/g, '');
}

const PREFIXES = new Set([
  'sudo',
  'env',
  'exec',
  'then',
  'do',
  'else',
  'if',
  'elif',
  'while',
  '!',
  'time',
  'nohup',
  '{',
  '(',
]);

/** Index of the program a command runs, past `sudo`, `env`, `X=1` assignments and shell keywords. */
export function programIndex(command: readonly Word[]): number {
  for (let index = 0; index < command.length; index++) {
    const text = bare(command[index]);
    if (PREFIXES.has(text) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(text)) continue;
    // `sudo -E`, `env -i`: options of the prefix.
    if (text.startsWith('-') && index > 0 && /^(sudo|env)$/.test(bare(command[index - 1])))
      continue;
    return index;
  }
  return command.length;
}

/** The program's base name (`/usr/local/bin/pip3` → `pip3`). */
export function programName(command: readonly Word[]): string {
  return bare(command[programIndex(command)]).split('/').pop() ?? '';
}

/** `ENV`/`ARG` values set in these instructions, by name (the last one wins). */
export function variablesSet(instructions: readonly Instruction[]): Map<string, string | null> {
  const values = new Map<string, string | null>();
  for (const instruction of instructions) {
    const keyword = instruction.getKeyword();
    if (keyword !== 'ENV' && keyword !== 'ARG') continue;
    for (const property of (instruction as PropertyInstruction).getProperties())
      values.set(property.getName(), property.getValue());
  }
  return values;
}

/**
 * Dockerfiles that build a development, test or CI image rather than what is deployed:
 * `Dockerfile.dev`, `dev.Dockerfile`, `docker/test/Dockerfile`, `.devcontainer/Dockerfile`.
 */
export function isDevelopmentDockerfile(path: string): boolean {
  const segments = path.toLowerCase().split('/');
  const name = segments.pop() ?? '';
  if (segments.includes('.devcontainer')) return true;
  const words = [...segments, ...name.split(/[^a-z0-9]+/)].flatMap((segment) =>
    segment.split(/[^a-z0-9]+/),
  );
  return words.some((word) => DEVELOPMENT_WORDS.has(word));
}

const DEVELOPMENT_WORDS = new Set([
  'dev',
  'devel',
  'develop',
  'development',
  'devcontainer',
  'test',
  'tests',
  'testing',
  'ci',
  'local',
  'debug',
]);
