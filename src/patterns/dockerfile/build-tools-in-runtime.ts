/**
 * ## What it does
 * Finds compilers and build packages (`gcc`, `g++`, `clang`, `build-essential`, Alpine's
 * `build-base`, `linux-headers`, and header packages `*-dev`/`*-devel`) installed with apt-get,
 * apt, apk, yum, dnf or microdnf in a single-stage Dockerfile, where they stay in the image that
 * is deployed.
 *
 * ## Why is this bad?
 * A compiler and headers are only needed to build wheels. Left in the runtime image they add
 * hundreds of megabytes and hand an attacker who gets a shell a toolchain to build exploits with.
 *
 * Not reported: multi-stage builds (the tools usually live in a builder stage); packages removed
 * again in the image (`apt-get purge`, `apk del .build-deps`, also through a variable); and
 * development images (`Dockerfile.dev`, `.devcontainer/`).
 */
import type { Rule } from '../../model.js';
import type { TextRule } from '../rule.js';
import {
  bare,
  commandsOf,
  dockerfileModel,
  isDevelopmentDockerfile,
  programIndex,
  type Word,
} from './dockerfile-model.js';

const meta: Rule = {
  id: 'PBP706',
  name: 'docker-build-tools-in-runtime',
  tool: 'patterns',
  section: 'deployment',
  level: 'note',
  precision: 'high',
  summary: 'Compilers and build packages are installed in a single-stage image.',
  docs: {
    what: 'Finds compilers and build packages (gcc, g++, clang, build-essential, build-base, linux-headers, *-dev, *-devel) installed with apt-get, apt, apk, yum, dnf or microdnf in a single-stage Dockerfile and not removed again.',
    why: 'A compiler and headers are only needed to build wheels. Left in the deployed image they add hundreds of megabytes and give anyone who gets a shell a toolchain to build exploits with.',
    example:
      'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y gcc libpq-dev\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt',
    useInstead:
      'FROM python:3.12-slim AS builder\nRUN apt-get update && apt-get install -y gcc libpq-dev\nCOPY requirements.txt .\nRUN pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt\n\nFROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*\nCOPY --from=builder /wheels /wheels\nRUN pip install --no-cache-dir /wheels/*',
  },
};

const BUILD_PACKAGE =
  /^(gcc|g\+\+|gcc-c\+\+|clang|build-essential|build-base|linux-headers|[a-z0-9][a-z0-9.+-]*-(dev|devel))$/;

/** Options of the package managers that take a value (the value is not a package). */
const OPTION_WITH_VALUE =
  /^(--virtual|-t|-o|--option|--repository|-X|--enablerepo|--disablerepo|--setopt|--target-release|-c|--config-file)$/;

interface PackageCommand {
  action: 'install' | 'remove';
  packages: Word[];
  /** apk's `--virtual .name`: a group removed as a whole with `apk del .name`. */
  virtual: string | null;
}

export const dockerBuildToolsInRuntime: TextRule = {
  kind: 'text',
  meta,
  fileKinds: ['dockerfile'],
  check({ file, report }) {
    if (isDevelopmentDockerfile(file.path)) return;
    const { stages } = dockerfileModel(file);
    const only = stages[0];
    if (stages.length !== 1 || !only) return;
    const runs = only.instructions.filter((instruction) => instruction.getKeyword() === 'RUN');
    const commands = runs.map((run) => ({
      run,
      packages: commandsOf(file, run)
        .map(packageCommand)
        .filter((command) => command !== null),
    }));
    const removals = commands
      .flatMap((entry) => entry.packages)
      .filter((command) => command.action === 'remove');
    const removed = new Set(
      removals.flatMap((command) => command.packages.map((word) => stripVersion(bare(word)))),
    );
    if ([...removed].some((name) => name.includes('$'))) return; // `apt-get purge $buildDeps`: cannot tell what goes
    for (const { packages } of commands) {
      const tools = packages
        .filter(
          (command) =>
            command.action === 'install' && !(command.virtual && removed.has(command.virtual)),
        )
        .flatMap((command) => command.packages)
        .filter(
          (word) =>
            BUILD_PACKAGE.test(stripVersion(bare(word))) && !removed.has(stripVersion(bare(word))),
        );
      const first = tools[0];
      if (!first) continue;
      const names = [...new Set(tools.map((word) => stripVersion(bare(word))))].join(', ');
      report({
        at: {
          startLine: first.line,
          startColumn: first.column,
          endLine: first.line,
          endColumn: first.column + first.text.length,
        },
        message: `${names} ${tools.length > 1 ? 'are' : 'is'} installed in the only stage, so ${tools.length > 1 ? 'they ship' : 'it ships'} in the deployed image; build wheels in a builder stage and copy only the results.`,
      });
    }
  },
};

function stripVersion(name: string): string {
  return name.replace(/[=<>~].*$/, '').toLowerCase();
}

/** `apt-get install -y gcc`, `apk add --virtual .b gcc`, `dnf install gcc`, and their removals. */
function packageCommand(command: Word[]): PackageCommand | null {
  const index = programIndex(command);
  const program = bare(command[index]).split('/').pop() ?? '';
  const rest = command.slice(index + 1);
  let action: PackageCommand['action'] | null = null;
  let at = -1;
  const subcommand = rest.findIndex((word) => !bare(word).startsWith('-'));
  const verb = bare(rest[subcommand]);
  if (/^(apt-get|apt|aptitude)$/.test(program))
    action =
      verb === 'install' ? 'install' : /^(purge|remove|autoremove)$/.test(verb) ? 'remove' : null;
  else if (program === 'apk')
    action = verb === 'add' ? 'install' : verb === 'del' ? 'remove' : null;
  else if (/^(yum|dnf|microdnf|zypper)$/.test(program))
    action = /^(install|in)$/.test(verb)
      ? 'install'
      : /^(remove|erase|rm)$/.test(verb)
        ? 'remove'
        : null;
  if (!action) return null;
  at = subcommand + 1;
  const packages: Word[] = [];
  let virtual: string | null = null;
  for (let position = at; position < rest.length; position++) {
    const text = bare(rest[position]);
    if (OPTION_WITH_VALUE.test(text)) {
      if (text === '--virtual' || (program === 'apk' && text === '-t'))
        virtual = bare(rest[position + 1]);
      position++;
      continue;
    }
    const inline = /^--virtual=(.+)$/.exec(text);
    if (inline) virtual = inline[1] ?? null;
    if (text.startsWith('-') || text === '\\') continue;
    const word = rest[position];
    if (word) packages.push(word);
  }
  return { action, packages, virtual };
}
