/**
 * Metadata for tool rules. Tools report a code and a message; code scanning wants a rule with a
 * name, descriptions and help for each. Known codes come from tables of the tools' own docs;
 * unknown ones (plugins) are synthesised from the tool's message so every alert has a page.
 */
import type { Level, Precision, Rule, ToolName } from '../model.js';
import type { SectionId } from '../sections.js';
import { FLAKE8_CODES } from '../tools/flake8-codes.js';

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
