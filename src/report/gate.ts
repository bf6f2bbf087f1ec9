/**
 * The verdict: does this check let the change (or the deployment) through? Findings at or above
 * `fail-on` that are new fail it; a tool that could not run fails it too, because a check that
 * did not happen cannot pass.
 */
import type { FailOn } from '../config.js';
import { LEVEL_RANK, type Finding, type Level, type ToolRun } from '../model.js';
import type { SectionId } from '../sections.js';
import { count } from '../count.js';

export interface Verdict {
  passed: boolean;
  failOn: FailOn;
  reasons: string[];
  /** A selected tool failed or was missing: the result is incomplete. */
  incomplete: boolean;
}

export interface GateInput {
  findings: readonly Finding[];
  tools: readonly ToolRun[];
  failOn: FailOn;
  /** Per-section thresholds that replace `failOn` for their section. */
  sectionPolicy?: Partial<Record<SectionId, FailOn>>;
  /** Tools the user asked for by name: missing ones count as failures. */
  toolsChosen: boolean;
}

export function decideVerdict(input: GateInput): Verdict {
  const reasons: string[] = [];
  let incomplete = false;
  for (const run of input.tools) {
    if (run.status === 'failed' || (run.status === 'missing' && input.toolsChosen)) {
      incomplete = true;
      reasons.push(
        `${run.tool} ${run.status === 'failed' ? 'failed' : 'is missing'}: ${firstLine(run.reason ?? 'no reason given')}`,
      );
    }
  }
  const counts = new Map<string, number>();
  for (const finding of input.findings) {
    if (finding.state !== 'new') continue;
    const threshold = input.sectionPolicy?.[finding.section] ?? input.failOn;
    if (threshold === 'never' || LEVEL_RANK[finding.level] < LEVEL_RANK[threshold]) continue;
    const policy =
      input.sectionPolicy?.[finding.section] !== undefined
        ? `${finding.section} fails on ${threshold}`
        : `fail-on: ${threshold}`;
    const key = `${finding.level}\u0000${policy}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const ordered = [...counts.entries()].sort(([a], [b]) => {
    const [levelA = '', policyA = ''] = a.split('\u0000');
    const [levelB = '', policyB = ''] = b.split('\u0000');
    return (
      LEVEL_RANK[levelB as Level] - LEVEL_RANK[levelA as Level] ||
      (policyA < policyB ? -1 : policyA > policyB ? 1 : 0)
    );
  });
  for (const [key, found] of ordered) {
    const [level = '', policy = ''] = key.split('\u0000');
    reasons.push(`${count(found, `new ${level}`)} (${policy})`);
  }
  return { passed: reasons.length === 0, failOn: input.failOn, reasons, incomplete };
}

/** CLI exit codes: 0 passed, 1 gate failed, 3 a tool or the program failed (2 is usage, decided earlier). */
export function exitCodeFor(verdict: Verdict): 0 | 1 | 3 {
  if (verdict.incomplete) return 3;
  return verdict.passed ? 0 : 1;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
