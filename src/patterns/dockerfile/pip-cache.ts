/**
 * ## What it does
 * Finds `RUN pip install …` (also `pip3`, `python -m pip`, `sh -c "…"`, heredocs) in the final
 * image without `--no-cache-dir`, where nothing else keeps pip's cache out of the layer.
 *
 * ## Why is this bad?
 * pip keeps every downloaded wheel in `/root/.cache/pip`; inside an image that cache is never used
 * again but ships with it, often tens or hundreds of megabytes per layer.
 *
 * Not reported: `PIP_NO_CACHE_DIR` set by `ENV`/`ARG` or on the command; a BuildKit cache mount
 * (`RUN --mount=type=cache,…`); the cache removed in the same `RUN` (`rm -rf /root/.cache`,
 * `pip cache purge`); a pip configuration copied or set in the image; and stages that are not
 * part of the final image (a builder stage whose files are copied out).
 */
import type { Instruction, ModifiableInstruction } from 'dockerfile-ast';
import type { Rule } from '../../model.js';
import type { TextRule } from '../rule.js';
import {
  bare,
  chainInstructions,
  commandsOf,
  dockerfileModel,
  instructionSpan,
  programIndex,
  variablesSet,
  type Word,
} from './dockerfile-model.js';

const meta: Rule = {
  id: 'PBP703',
  name: 'docker-pip-cache',
  tool: 'patterns',
  section: 'deployment',
  level: 'note',
  precision: 'very-high',
  summary: 'pip install in the image keeps its download cache in the layer.',
  overlaps: ['hadolint/DL3042'],
  docs: {
    what: 'Finds pip install commands in the final image (pip, pip3, python -m pip, sh -c, heredocs) without --no-cache-dir, unless PIP_NO_CACHE_DIR is set, a BuildKit cache mount is used or the cache is removed in the same RUN.',
    why: 'pip keeps every downloaded wheel in /root/.cache/pip. Inside an image that cache is never used again, but it ships with the layer and makes every pull slower.',
    example: 'COPY requirements.txt .\nRUN pip install -r requirements.txt',
    useInstead:
      'COPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n\n# or, with BuildKit, keep the cache outside the image:\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt',
  },
};

export const dockerPipCache: TextRule = {
  kind: 'text',
  meta,
  fileKinds: ['dockerfile'],
  check({ file, report }) {
    const { finalChain } = dockerfileModel(file);
    const instructions = chainInstructions(finalChain);
    if (variablesSet(instructions).has('PIP_NO_CACHE_DIR') || configuresPip(instructions)) return;
    for (const run of instructions) {
      if (run.getKeyword() !== 'RUN') continue;
      if (
        (run as ModifiableInstruction)
          .getFlags()
          .some(
            (flag) =>
              flag.getName() === 'mount' && /(^|,)type=cache(,|$)/.test(flag.getValue() ?? ''),
          )
      )
        continue;
      const content = run.getArgumentsContent() ?? '';
      if (/\brm\s[^;&|]*\.cache\b|\bpip[\d.]*\s+cache\s+(purge|remove)\b/.test(content)) continue;
      let disabled = false;
      for (const command of commandsOf(file, run)) {
        if (command.some((word) => /^PIP_NO_CACHE_DIR=/.test(bare(word)))) disabled = true;
        if (
          !disabled &&
          isPipInstall(command) &&
          !command.some((word) => bare(word).startsWith('--no-cache'))
        ) {
          report({
            at: instructionSpan(file, run),
            message:
              'This pip install keeps its download cache in the image layer; add --no-cache-dir (or set ENV PIP_NO_CACHE_DIR=1).',
          });
          break;
        }
      }
    }
  },
};

/** `pip install`, `pip3 install`, `/opt/venv/bin/pip install`, `python3 -m pip install`. */
export function isPipInstall(command: readonly Word[]): boolean {
  const index = programIndex(command);
  const program = bare(command[index]).split('/').pop() ?? '';
  let rest = command.slice(index + 1).map(bare);
  if (/^python(\d+(\.\d+)?)?$/.test(program)) {
    const module = rest.indexOf('-m');
    if (module < 0 || rest[module + 1] !== 'pip') return false;
    rest = rest.slice(module + 2);
  } else if (!/^pip(\d+(\.\d+)?)?$/.test(program)) {
    return false;
  }
  return rest.find((word) => !word.startsWith('-')) === 'install';
}

/** A pip configuration file copied in, or `pip config set …`: it may well disable the cache. */
function configuresPip(instructions: readonly Instruction[]): boolean {
  return instructions.some((instruction) => {
    const keyword = instruction.getKeyword();
    const content = instruction.getArgumentsContent() ?? '';
    if (keyword === 'COPY' || keyword === 'ADD') return /pip\.conf|pip\.ini/.test(content);
    return keyword === 'RUN' && /\bpip[\d.]*\s+config\s+set\b[^\n]*no-cache-dir/.test(content);
  });
}
