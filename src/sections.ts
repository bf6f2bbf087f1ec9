/**
 * The guide's sections (skill/python-best-practices.md). Each finding belongs to exactly one;
 * the job summary, the scorecard and the per-section gate are organised by them.
 */
export const SECTION_IDS = [
  'performance',
  'security',
  'testing',
  'type-hints',
  'logging',
  'error-handling',
  'deployment',
  'dependencies',
  'code-quality',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];

export interface Section {
  id: SectionId;
  /** What the scorecard shows. */
  title: string;
  /** The heading in the guide that the section comes from. */
  guideHeading: string;
  /** The digit our own rule ids carry: PBP2xx are security rules. 0 = tool rules only. */
  digit: number;
}

export const SECTIONS: readonly Section[] = [
  {
    id: 'performance',
    title: 'Performance',
    guideHeading: 'Core Pattern 1: Performance Optimization',
    digit: 1,
  },
  {
    id: 'security',
    title: 'Security',
    guideHeading: 'Core Pattern 2: Security Best Practices',
    digit: 2,
  },
  { id: 'testing', title: 'Testing', guideHeading: 'Core Pattern 3: Testing Strategy', digit: 3 },
  {
    id: 'type-hints',
    title: 'Type hints and validation',
    guideHeading: 'Core Pattern 4: Type Hints and Validation',
    digit: 4,
  },
  {
    id: 'logging',
    title: 'Logging and monitoring',
    guideHeading: 'Core Pattern 5: Logging and Monitoring',
    digit: 5,
  },
  {
    id: 'error-handling',
    title: 'Error handling',
    guideHeading: 'Core Pattern 6: Error Handling and Debugging',
    digit: 6,
  },
  {
    id: 'deployment',
    title: 'Deployment',
    guideHeading: 'Core Pattern 7: Deployment Configuration',
    digit: 7,
  },
  {
    id: 'dependencies',
    title: 'Dependency management',
    guideHeading: 'Core Pattern 8: Dependency Management',
    digit: 8,
  },
  {
    id: 'code-quality',
    title: 'Code quality and linting',
    guideHeading: 'Scope: Code quality and linting',
    digit: 0,
  },
];

const BY_ID = new Map(SECTIONS.map((section) => [section.id, section]));

export function sectionOf(id: SectionId): Section {
  const section = BY_ID.get(id);
  if (!section) throw new Error(`unknown section ${id}`);
  return section;
}

export function isSectionId(value: string): value is SectionId {
  return BY_ID.has(value as SectionId);
}

/** Where the guide is published with the action, for help links in SARIF and the summary. */
export const GUIDE_URL =
  'https://github.com/pybp-action/pybp-action/blob/v1/docs/python-best-practices.md';

/** A GitHub-style anchor for a heading, as GitHub renders markdown headings. */
export function guideAnchor(section: Section): string {
  return (
    GUIDE_URL +
    '#' +
    section.guideHeading
      .toLowerCase()
      .replace(/[^a-z0-9 -]/g, '')
      .replace(/ /g, '-')
  );
}
