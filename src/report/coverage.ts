/**
 * Type-annotation coverage per top-level package: annotated public functions / public functions,
 * from the figures PBP401 counts while it checks (no second pass over the code).
 */
import { relative, join } from 'node:path';
import { toPosix } from '../paths.js';
import type { CheckResult } from '../pipeline.js';

export interface PackageCoverage {
  /** The top-level package (`src/` layouts look one level deeper), or `.` for loose modules. */
  package: string;
  publicFunctions: number;
  annotated: number;
}

export function annotationCoverage(result: CheckResult): PackageCoverage[] {
  const metrics = result.tools.find((run) => run.tool === 'patterns')?.metrics ?? {};
  const byPackage = new Map<string, PackageCoverage>();
  for (const [path, counts] of Object.entries(metrics)) {
    const total = counts['public-functions'] ?? 0;
    if (total === 0) continue;
    const name = packageOf(toPosix(relative(result.config.root, join(result.config.base, path))));
    const entry = byPackage.get(name) ?? { package: name, publicFunctions: 0, annotated: 0 };
    entry.publicFunctions += total;
    entry.annotated += counts['annotated-functions'] ?? 0;
    byPackage.set(name, entry);
  }
  return [...byPackage.values()].sort((a, b) =>
    a.package < b.package ? -1 : a.package > b.package ? 1 : 0,
  );
}

function packageOf(local: string): string {
  const parts = local.split('/');
  if (parts[0] === 'src' && parts.length > 2) return `src/${parts[1]}`;
  return parts.length > 1 ? (parts[0] ?? '.') : '.';
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${Math.floor((part / whole) * 1000) / 10}%`;
}
