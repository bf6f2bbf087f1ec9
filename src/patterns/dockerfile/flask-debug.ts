/**
 * ## What it does
 * The Dockerfile half of PBP207 (debug-enabled): an image whose final stage starts Flask in
 * debug mode — `flask run --debug`, `flask --debug run`, `flask run --debugger` in `CMD` or
 * `ENTRYPOINT`, `FLASK_DEBUG=1` on that command, or `ENV FLASK_DEBUG=1` / `ENV FLASK_ENV=development`.
 *
 * ## Why is this bad?
 * The Werkzeug debugger that `--debug` turns on runs Python typed into its error page: anyone who
 * can make the deployed app fail gets a shell in the container.
 *
 * Not reported: development images (`Dockerfile.dev`, `.devcontainer/`, `docker/dev/…`) and
 * stages that are not part of the final image. The rule shares PBP207's metadata (one rule, two
 * kinds of file).
 */
import type { Instruction, PropertyInstruction } from 'dockerfile-ast';
import { debugEnabled } from '../python/security/debug-enabled.js';
import type { Report, TextRule } from '../rule.js';
import type { TextFile } from '../text-file.js';
import {
  chainInstructions,
  dockerfileModel,
  instructionSpan,
  isDevelopmentDockerfile,
  spanOf,
} from './dockerfile-model.js';

const DEBUG_OPTION = /\bflask\b.*["',\s]--debug(ger)?(?![\w-])/;
const DEBUG_VARIABLE = /\bFLASK_DEBUG=["']?(1|true|yes|on)\b/i;

export const dockerFlaskDebug: TextRule = {
  kind: 'text',
  meta: debugEnabled.meta,
  fileKinds: ['dockerfile'],
  check({ file, report }) {
    if (isDevelopmentDockerfile(file.path)) return;
    for (const instruction of chainInstructions(dockerfileModel(file).finalChain)) {
      const finding = debugIn(file, instruction);
      if (finding) report(finding);
    }
  },
};

function debugIn(file: TextFile, instruction: Instruction): Report | null {
  const keyword = instruction.getKeyword();
  if (keyword === 'CMD' || keyword === 'ENTRYPOINT') {
    const content = instruction.getArgumentsContent() ?? '';
    if (DEBUG_OPTION.test(content) || (/\bflask\b/.test(content) && DEBUG_VARIABLE.test(content))) {
      return {
        at: instructionSpan(file, instruction),
        message: `This ${keyword} starts Flask in debug mode, and the Werkzeug debugger runs code typed into its error page; serve with gunicorn (or waitress) and keep debug off in the image.`,
      };
    }
    return null;
  }
  if (keyword !== 'ENV') return null;
  for (const property of (instruction as PropertyInstruction).getProperties()) {
    const name = property.getName();
    const value = (property.getValue() ?? '').trim().toLowerCase();
    if (
      (name === 'FLASK_DEBUG' && /^(1|true|yes|on)$/.test(value)) ||
      (name === 'FLASK_ENV' && value === 'development')
    ) {
      return {
        at: spanOf(property.getNameRange()),
        message: `ENV ${name} switches Flask's debug mode on in the image, and the Werkzeug debugger runs code typed into its error page; leave it unset (or 0) in the deployed image.`,
      };
    }
  }
  return null;
}
