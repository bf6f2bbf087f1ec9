/**
 * The two validators GitHub's own pipeline and its docs point at: the SARIF 2.1.0 JSON schema
 * (checked with the `jsonschema` package, as upload-sarif does) and Microsoft's SARIF Multitool
 * with GitHub's ingestion rules (`--rule-kind "Sarif;Ghas"`). The Multitool always exits 0, so
 * its findings are read from its output log.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from 'jsonschema';

// The schema upload-sarif bundles (OASIS 2.1.0), kept in the repository so tests need no network.
const schema = JSON.parse(
  readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
) as object;

export function schemaErrors(sarif: unknown): string[] {
  const validator = new Validator();
  const result = validator.validate(sarif, schema as never, { nestedErrors: true });
  // upload-sarif only warns on `format: uri` problems; they are errors for us all the same.
  return result.errors.map((error) => `${error.property}: ${error.message}`);
}

export const MULTITOOL = join(
  process.cwd(),
  'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool',
);

export interface MultitoolIssue {
  level: string;
  ruleId: string;
  detail: string;
}

export function multitoolIssues(sarifText: string): MultitoolIssue[] {
  const dir = mkdtempSync(join(tmpdir(), 'pybp-multitool-'));
  try {
    const input = join(dir, 'input.sarif');
    const output = join(dir, 'validation.sarif');
    writeFileSync(input, sarifText);
    const run = spawnSync(
      MULTITOOL,
      ['validate', '--rule-kind', 'Sarif;Ghas', '--output', output, input],
      {
        encoding: 'utf8',
        env: {
          ...process.env,
          DOTNET_CLI_TELEMETRY_OPTOUT: '1',
          DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1',
        },
        timeout: 120_000,
      },
    );
    let log: {
      runs?: Array<{
        results?: Array<{
          level?: string;
          ruleId: string;
          message: { text?: string; arguments?: string[] };
        }>;
      }>;
    };
    try {
      log = JSON.parse(readFileSync(output, 'utf8'));
    } catch {
      throw new Error(`the SARIF Multitool wrote no log: ${run.stdout}\n${run.stderr}`);
    }
    return (log.runs?.[0]?.results ?? []).map((result) => ({
      level: result.level ?? 'warning',
      ruleId: result.ruleId,
      detail: result.message.text ?? (result.message.arguments ?? []).join(' | '),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
