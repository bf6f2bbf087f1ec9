/** Counts by level and by section, over the findings that are not suppressed. */
import type { Finding, Level } from '../model.js';
import { SECTION_IDS, type SectionId } from '../sections.js';

export interface Counts {
  byLevel: Record<Level, number>;
  bySection: Record<SectionId, number>;
  /** Per section and level, for the scorecard. */
  bySectionLevel: Record<SectionId, Record<Level, number>>;
  total: number;
  suppressed: number;
  baseline: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const zeroLevels = (): Record<Level, number> => ({ error: 0, warning: 0, note: 0 });
  const bySection = Object.fromEntries(SECTION_IDS.map((id) => [id, 0])) as Record<
    SectionId,
    number
  >;
  const bySectionLevel = Object.fromEntries(SECTION_IDS.map((id) => [id, zeroLevels()])) as Record<
    SectionId,
    Record<Level, number>
  >;
  const counts: Counts = {
    byLevel: zeroLevels(),
    bySection,
    bySectionLevel,
    total: 0,
    suppressed: 0,
    baseline: 0,
  };
  for (const finding of findings) {
    if (finding.state === 'suppressed') {
      counts.suppressed++;
      continue;
    }
    if (finding.state === 'baseline') counts.baseline++;
    counts.total++;
    counts.byLevel[finding.level]++;
    counts.bySection[finding.section]++;
    counts.bySectionLevel[finding.section][finding.level]++;
  }
  return counts;
}
