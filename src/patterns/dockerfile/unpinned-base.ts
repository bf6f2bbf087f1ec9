/**
 * ## What it does
 * Finds `FROM` lines whose base image has no tag (`FROM python`) or the tag `latest`.
 *
 * ## Why is this bad?
 * `latest` is whatever was pushed last: two builds of the same commit get different Python
 * versions and system libraries, and a rebuild for a one-line fix can ship a new major version.
 *
 * Any other tag (`python:3.12-slim`) or a digest (`python@sha256:…`) is fine. Not images, so
 * not reported: `FROM scratch` and `FROM <an earlier stage>`. A base given by a build argument
 * (`FROM python:${PY}`) is not guessed at.
 */
import type { Rule } from '../../model.js';
import type { TextRule } from '../rule.js';
import { dockerfileModel, spanOf } from './dockerfile-model.js';

const meta: Rule = {
  id: 'PBP702',
  name: 'docker-unpinned-base',
  tool: 'patterns',
  section: 'deployment',
  level: 'warning',
  precision: 'very-high',
  summary: 'A base image without a tag or with :latest changes under the build.',
  overlaps: ['hadolint/DL3006', 'hadolint/DL3007'],
  docs: {
    what: 'Finds FROM lines whose base image has no tag or the tag latest. Stage names, FROM scratch and images given by a build argument are not reported.',
    why: 'latest is whatever was pushed last: two builds of the same commit get different Python versions and system libraries, and rebuilding for a one-line fix can ship a new major version.',
    example: 'FROM python:latest\nFROM python',
    useInstead: 'FROM python:3.12-slim\nFROM python:3.12-slim@sha256:<digest>',
  },
};

export const dockerUnpinnedBase: TextRule = {
  kind: 'text',
  meta,
  fileKinds: ['dockerfile'],
  check({ file, report }) {
    for (const stage of dockerfileModel(file).stages) {
      const image = stage.image;
      const range = stage.from.getImageRange();
      if (!image || !range || /^scratch$/i.test(image) || image.includes('$')) continue;
      if (stage.from.getImageDigest()) continue;
      const tag = stage.from.getImageTag();
      const name = image.replace(/:latest$/, '');
      if (tag === null) {
        report({
          at: spanOf(range),
          message: `"${image}" has no tag, so every build takes whatever :latest is that day; pin a version tag (${name}:<version>) or a digest.`,
        });
      } else if (tag === 'latest') {
        report({
          at: spanOf(range),
          message: `"${image}" follows :latest, so every build takes whatever was pushed last; pin a version tag (${name}:<version>) or a digest.`,
        });
      }
    }
  },
};
