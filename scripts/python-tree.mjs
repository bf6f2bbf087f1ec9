// Prints the tree-sitter tree of a Python snippet: node scripts/python-tree.mjs 'x = f"{a}"'
// (or a file path). For writing rules: shows node types and field names.
import { existsSync, readFileSync } from 'node:fs';
import { Language, Parser } from 'web-tree-sitter';

const input = process.argv[2] ?? '';
const source = existsSync(input) ? readFileSync(input, 'utf8') : input;
await Parser.init();
const language = await Language.load('node_modules/tree-sitter-python/tree-sitter-python.wasm');
const parser = new Parser();
parser.setLanguage(language);
console.log(parser.parse(source).rootNode.toString());
