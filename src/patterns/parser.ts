/**
 * Loading tree-sitter once per thread. In the bundle the .wasm files sit beside the script
 * (dist/); from source they come from node_modules.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Language, Parser } from 'web-tree-sitter';

let loading: Promise<Language> | undefined;

function locate(file: string, packageName: string): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const beside = join(here, file);
  if (existsSync(beside)) return beside;
  // From source: the package folder in the nearest node_modules above this file.
  for (let dir = here; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', packageName, file);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`cannot find ${file} (package ${packageName})`);
  }
}

/** The Python language, initialising the runtime on first use. */
export function loadPython(): Promise<Language> {
  loading ??= (async () => {
    await Parser.init({ locateFile: (name: string) => locate(name, 'web-tree-sitter') });
    return Language.load(locate('tree-sitter-python.wasm', 'tree-sitter-python'));
  })();
  return loading;
}

export async function createPythonParser(): Promise<Parser> {
  const language = await loadPython();
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}
