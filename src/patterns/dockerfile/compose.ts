/**
 * Just enough of a compose file (`docker-compose.yml`, `compose.yaml`) for the deployment rules:
 * its services, the Dockerfile each one builds and whether it declares a `healthcheck:`. A small
 * indentation reader, not a YAML parser: where a service takes keys from an anchor (`<<: *base`)
 * its health check is unknown and counted as present, so no rule fires on a guess.
 */
import { posix } from 'node:path';

export interface ComposeService {
  name: string;
  /** Repo-relative path of the Dockerfile the service builds, or null (an `image:` only). */
  dockerfile: string | null;
  /** Declares a health check (or may, through a merge key), not `disable: true`. */
  healthcheck: boolean;
}

interface YamlLine {
  indent: number;
  key: string | null;
  value: string;
}

function yamlLines(text: string): YamlLine[] {
  const result: YamlLine[] = [];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    if (!raw.trim() || /^\s*#/.test(raw)) continue;
    const indent = /^[ -]*/.exec(raw)?.[0].length ?? 0;
    const body = raw.slice(indent).replace(/\s+#.*$/, '');
    const pair = /^("[^"]*"|'[^']*'|[^:\s][^:]*?)\s*:(?:\s+(.*)|$)/.exec(body);
    result.push({
      indent,
      key: pair ? unquote(pair[1] ?? '') : null,
      value: unquote((pair ? (pair[2] ?? '') : body).trim()),
    });
  }
  return result;
}

function unquote(value: string): string {
  return value.replace(/^(["'])(.*)\1$/, '$2');
}

/** The block of lines indented deeper than `lines[start]`, after it. */
function childrenOf(lines: YamlLine[], start: number): YamlLine[] {
  const parent = lines[start];
  if (!parent) return [];
  const children: YamlLine[] = [];
  for (let index = start + 1; index < lines.length; index++) {
    const line = lines[index];
    if (!line || line.indent <= parent.indent) break;
    children.push(line);
  }
  return children;
}

/** Direct children: the lines at the block's smallest indent. */
function directChildren(block: YamlLine[]): Array<{ line: YamlLine; block: YamlLine[] }> {
  const indent = Math.min(...block.map((line) => line.indent));
  const result: Array<{ line: YamlLine; block: YamlLine[] }> = [];
  block.forEach((line, index) => {
    if (line.indent !== indent) return;
    result.push({ line, block: childrenOf(block, index) });
  });
  return result;
}

export function composeServices(composePath: string, text: string): ComposeService[] {
  const lines = yamlLines(text);
  const servicesAt = lines.findIndex((line) => line.indent === 0 && line.key === 'services');
  if (servicesAt < 0) return [];
  const block = childrenOf(lines, servicesAt);
  if (!block.length) return [];
  const dir = posix.dirname(composePath);
  return directChildren(block).map(({ line, block: service }) => {
    const keys = service.length ? directChildren(service) : [];
    const key = (name: string) => keys.find((entry) => entry.line.key === name);
    const build = key('build');
    let dockerfile: string | null = null;
    if (build) {
      const options = build.block.length ? directChildren(build.block) : [];
      const option = (name: string) => options.find((entry) => entry.line.key === name)?.line.value;
      const context = build.line.value || option('context') || '.';
      if (!/^[a-z]+:\/\/|^git@|\.git(#|$)/i.test(context)) {
        dockerfile = posix.normalize(
          posix.join(dir, context, option('dockerfile') || 'Dockerfile'),
        );
      }
    }
    const check = key('healthcheck');
    const disabled =
      check?.block.some((entry) => entry.key === 'disable' && /^true$/i.test(entry.value)) ?? false;
    const merged = keys.some((entry) => entry.line.key === '<<');
    return {
      name: line.key ?? '',
      dockerfile,
      healthcheck: (check !== undefined && !disabled) || merged,
    };
  });
}

/** Dockerfiles (repo-relative) that some compose service with a health check builds. */
export function composeHealthcheckDockerfiles(
  files: ReadonlyArray<{ path: string; text: string }>,
): string[] {
  const found = new Set<string>();
  for (const file of files) {
    for (const service of composeServices(file.path, file.text)) {
      if (service.healthcheck && service.dockerfile) found.add(service.dockerfile);
    }
  }
  return [...found].sort();
}
