// Renders the job summary of the demo project as GitHub shows it, to look at it rather than only
// assert on it: GFM → HTML with cmark-gfm (GitHub's own renderer, Debian package cmark-gfm), then
// a screenshot with headless Chromium (Debian package chromium). Writes docs/summary.png.
//
//   npm run build && node scripts/render-summary.mjs [PATH] [--out docs/summary.png]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = resolve(outAt >= 0 ? args[outAt + 1] : join(root, 'docs', 'summary.png'));
const target =
  args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--out') ??
  join(root, 'examples', 'shop-api');
const scratch = mkdtempSync(join(tmpdir(), 'pybp-summary-'));
const markdown = join(scratch, 'summary.md');

const check = spawnSync(
  'node',
  [
    join(root, 'dist', 'cli.js'),
    'check',
    target,
    '--tools',
    'flake8,black,mypy,patterns',
    '--summary',
    markdown,
    '--format',
    'json',
    '--output',
    join(scratch, 'report.json'),
  ],
  { encoding: 'utf8' },
);
if (![0, 1, 3].includes(check.status ?? -1)) throw new Error(`pybp failed: ${check.stderr}`);

const html = spawnSync(
  'cmark-gfm',
  ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'strikethrough', '-e', 'tagfilter', markdown],
  { encoding: 'utf8' },
);
if (html.status !== 0)
  throw new Error(`cmark-gfm failed (apt-get install cmark-gfm): ${html.stderr}`);
// GitHub's job-summary look, roughly: its font stack, table borders, details blocks.
const page = `<!doctype html><meta charset="utf-8"><style>
body{font:14px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif,"Noto Color Emoji";color:#1f2328;max-width:1012px;margin:24px auto;padding:0 16px}
table{border-collapse:collapse;margin:8px 0 16px}th,td{border:1px solid #d1d9e0;padding:6px 13px}tr:nth-child(2n){background:#f6f8fa}
code{background:#eff1f3;border-radius:6px;padding:.2em .4em;font:85% ui-monospace,SFMono-Regular,Menlo,monospace}
a{color:#0969da;text-decoration:none}h2{border-bottom:1px solid #d1d9e0;padding-bottom:.3em}details{margin:4px 0}blockquote{color:#59636e;border-left:.25em solid #d1d9e0;margin:0;padding:0 1em}
</style>${html.stdout}`;
const htmlFile = join(scratch, 'summary.html');
writeFileSync(htmlFile, page);
const shot = spawnSync(
  'chromium',
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${join(scratch, 'profile')}`,
    '--hide-scrollbars',
    '--window-size=1100,1400',
    `--screenshot=${out}`,
    `file://${htmlFile}`,
  ],
  { encoding: 'utf8', timeout: 120_000 },
);
if (shot.status !== 0)
  throw new Error(`chromium failed (apt-get install chromium): ${shot.stderr}`);
console.log(`wrote ${out} (${readFileSync(out).length} bytes) from ${markdown}`);
