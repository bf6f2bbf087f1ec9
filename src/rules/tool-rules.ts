/**
 * Metadata for tool rules. Tools report a code and a message; code scanning wants a rule with a
 * name, descriptions and help for each. Known codes come from tables of the tools' own docs;
 * unknown ones (plugins) are synthesised from the tool's message so every alert has a page.
 */
import type { Level, Precision, Rule, ToolName } from '../model.js';
import type { SectionId } from '../sections.js';
import { FLAKE8_CODES, HADOLINT_CODES } from '../tools/flake8-codes.js';

/** RULES.md, "Tools → sections". */
export function sectionForToolRule(tool: ToolName, code: string): SectionId {
  switch (tool) {
    case 'mypy':
      return 'type-hints';
    case 'pip-audit':
      return 'dependencies';
    case 'hadolint':
      return 'deployment';
    case 'flake8':
      return code === 'E722' ? 'error-handling' : 'code-quality';
    default:
      return 'code-quality';
  }
}

const FLAKE8_DOCS: Record<string, string> = {
  E: 'https://pycodestyle.pycqa.org/en/latest/intro.html#error-codes',
  W: 'https://pycodestyle.pycqa.org/en/latest/intro.html#error-codes',
  F: 'https://flake8.pycqa.org/en/latest/user/error-codes.html',
  C: 'https://github.com/PyCQA/mccabe',
};

export function flake8Level(code: string): Level {
  // Pyflakes' F8xx (undefined names, redefinitions) and syntax errors are bugs, not style.
  if (/^E9|^F82|^F63|^F7/.test(code)) return 'error';
  if (/^F/.test(code)) return 'warning';
  if (/^W6|^C9/.test(code)) return 'note';
  return 'warning';
}

export function flake8Rule(code: string, sampleMessage: string): Rule {
  const known = FLAKE8_CODES[code];
  const description = known?.description ?? stripCode(sampleMessage, code);
  const level = flake8Level(code);
  return {
    id: `flake8/${code}`,
    name: known?.name ?? `flake8-${code.toLowerCase()}`,
    tool: 'flake8',
    section: sectionForToolRule('flake8', code),
    level,
    precision: /^[EF]9|^F/.test(code) ? 'very-high' : 'high',
    summary: description,
    docs: {
      what: known
        ? `${code}: ${description}`
        : `${code}, reported by a flake8 plugin: ${description}`,
      why: code.startsWith('F')
        ? 'Pyflakes finds code that is very likely wrong: names that do not exist, imports that are never used, variables assigned and never read.'
        : 'A consistent style (PEP 8, checked by flake8) makes code quicker to read and review; the guide runs flake8 on every change.',
    },
    helpUri:
      FLAKE8_DOCS[code[0] ?? ''] ?? 'https://flake8.pycqa.org/en/latest/user/error-codes.html',
  };
}

function stripCode(message: string, code: string): string {
  const text = message.startsWith(code) ? message.slice(code.length).trim() : message.trim();
  return text || code;
}

/** Generic metadata for a rule a tool reported that no table knows. */
export function synthesisedRule(
  tool: ToolName,
  code: string,
  message: string,
  level: Level,
  precision: Precision = 'high',
): Rule {
  return {
    id: `${tool}/${code}`,
    name: `${tool}-${code.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    tool,
    section: sectionForToolRule(tool, code),
    level,
    precision,
    summary: message || code,
    docs: {
      what: `${tool} reports ${code}: ${message}`,
      why: `See the ${tool} documentation for ${code}.`,
    },
  };
}

/**
 * pip-audit prints no severity (no CVSS score, no GHSA severity), so every advisory gets this
 * score: 7.0 is the lowest "high" on GitHub's security-severity scale. A known, published
 * vulnerability in a shipped dependency is treated as high until someone reads the advisory.
 */
export const PIP_AUDIT_SECURITY_SEVERITY = 7.0;

/** One advisory as pip-audit reports it against one package version. */
export interface PipAuditAdvisory {
  id: string;
  aliases: readonly string[];
  fixVersions: readonly string[];
  description: string | null;
  packageName: string;
  version: string;
  /** The lowest fixed version above the installed one, for the "use instead" requirement. */
  upgradeTo?: string | null;
}

/** pip-audit: one rule per advisory id (`pip-audit/PYSEC-2023-74`). */
export function pipAuditRule(advisory: PipAuditAdvisory): Rule {
  const { id, aliases, fixVersions, description, packageName, version } = advisory;
  const aka = aliases.length > 0 ? ` (also ${aliases.join(', ')})` : '';
  const fixed =
    fixVersions.length > 0 ? `Fixed in ${fixVersions.join(', ')}.` : 'No fixed release is known.';
  return {
    id: `pip-audit/${id}`,
    name: 'vulnerable-dependency',
    tool: 'pip-audit',
    section: sectionForToolRule('pip-audit', id),
    level: 'error',
    precision: 'high',
    summary: `Known vulnerability ${id} in ${packageName} ${version}. ${fixed}`,
    docs: {
      what: `pip-audit reports ${id}${aka} against ${packageName} ${version}. ${fixed}${description ? `\n\n${description}` : ''}`,
      why: 'A dependency with a published vulnerability ships that vulnerability with the application, and the advisory tells attackers where to look. The guide audits dependencies on every change: upgrade to a fixed release and re-lock, or, where none exists, replace the package or accept the risk explicitly (pip-audit --ignore-vuln) with a reason.',
      ...(advisory.upgradeTo ? { useInstead: `${packageName}>=${advisory.upgradeTo}` } : {}),
    },
    tags: ['security', 'external/cwe/cwe-1395'],
    cwe: ['CWE-1395'],
    securitySeverity: PIP_AUDIT_SECURITY_SEVERITY,
    helpUri: `https://osv.dev/vulnerability/${encodeURIComponent(id)}`,
  };
}

/** hadolint's levels; `info` and `style` are notes (SARIF has no fourth level). */
export function hadolintLevel(level: string): Level {
  if (level === 'error') return 'error';
  if (level === 'warning') return 'warning';
  return 'note';
}

/** hadolint: DL codes from its rule table, ShellCheck SC codes from the message it printed. */
export function hadolintRule(code: string, sampleMessage: string, level: Level): Rule {
  const known = HADOLINT_CODES[code];
  const shellcheck = code.startsWith('SC');
  const description = known?.description ?? (sampleMessage.split('\n')[0]?.trim() || code);
  return {
    id: `hadolint/${code}`,
    name:
      known?.name ??
      (shellcheck ? `shellcheck-${code.toLowerCase()}` : `hadolint-${code.toLowerCase()}`),
    tool: 'hadolint',
    section: sectionForToolRule('hadolint', code),
    level,
    precision: code === 'DL1000' ? 'very-high' : 'high',
    summary: description,
    docs: {
      what: shellcheck
        ? `ShellCheck ${code}, reported by hadolint in a RUN instruction: ${description}`
        : `${code}: ${description}`,
      why: shellcheck
        ? 'RUN instructions are shell scripts; ShellCheck finds the quoting and error-handling mistakes that make image builds break or behave differently than they read.'
        : 'Dockerfile best practices keep images reproducible, small and safe to run; the guide lints Dockerfiles with hadolint.',
    },
    helpUri: shellcheck
      ? `https://www.shellcheck.net/wiki/${code}`
      : code === 'DL1000'
        ? 'https://github.com/hadolint/hadolint#rules'
        : `https://github.com/hadolint/hadolint/wiki/${code}`,
  };
}

// mypy and black. (Imports are hoisted; kept here so this block is appended as one piece.)
import { MYPY_CODES, MYPY_DOCS_REFS } from '../tools/mypy-codes.js';

/** mypy: error codes from its docs' tables; codes from plugins synthesised from the message. */
export function mypyRule(code: string, sampleMessage: string): Rule {
  const known = MYPY_CODES[code];
  const description = known?.description ?? (sampleMessage.trim() || code);
  return {
    id: `mypy/${code}`,
    name: code.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    tool: 'mypy',
    section: sectionForToolRule('mypy', code),
    level: code === 'annotation-unchecked' ? 'note' : 'error',
    precision: code === 'syntax' ? 'very-high' : 'high',
    summary: description,
    docs: {
      what: known
        ? `[${code}] ${description}${known.optional ? ' (an optional check the project enabled)' : ''}`
        : `[${code}], reported by mypy or a mypy plugin: ${description}`,
      why: 'Type errors found by mypy are bugs that would otherwise surface at run time, usually in production and on the path nobody tested; the guide checks every change with mypy.',
    },
    helpUri: `${MYPY_DOCS_REFS}${encodeURIComponent(code)}`,
  };
}

/** black: `format` (the file is not formatted as black would) and `parse-error`. */
export function blackRule(code: 'format' | 'parse-error'): Rule {
  const format = code === 'format';
  return {
    id: `black/${code}`,
    name: format ? 'black-format' : 'black-parse-error',
    tool: 'black',
    section: sectionForToolRule('black', code),
    level: format ? 'warning' : 'error',
    precision: 'very-high',
    summary: format
      ? 'Code is not formatted the way black formats it.'
      : 'black cannot parse the file, so it cannot check its formatting.',
    docs: {
      what: format
        ? 'Lines that black would reformat; the suggested fix is black’s own output for them.'
        : 'A file black cannot parse: invalid syntax for the Python versions black targets.',
      why: format
        ? 'One formatter applied everywhere ends arguments about style and keeps diffs to real changes; the guide formats all code with black.'
        : 'A file that does not parse cannot run either; it also escapes every formatting and lint check.',
    },
    helpUri: format
      ? 'https://black.readthedocs.io/en/stable/the_black_code_style/current_style.html'
      : 'https://black.readthedocs.io/en/stable/usage_and_configuration/the_basics.html',
  };
}
