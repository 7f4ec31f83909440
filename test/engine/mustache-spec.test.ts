/**
 * The Mustache spec (https://github.com/mustache/spec), run in spec mode (HTML escaping on, missing partials
 * render empty, standalone partial tags drop their line ending). The spec files are read from
 * `../shared/mustache-spec` next to the repository, or from `$MUSTACHE_SPEC_DIR` (a git worktree elsewhere);
 * they are not copied into the repo. The optional `~` modules are run and counted, not required.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileTemplate, escapeHtml } from '../../src/engine/template/index.js';

const SPEC_DIR = process.env.MUSTACHE_SPEC_DIR
  ? `${process.env.MUSTACHE_SPEC_DIR.replace(/\/$/, '')}/`
  : fileURLToPath(new URL('../../../shared/mustache-spec/', import.meta.url));
const CORE_FILES = ['comments', 'delimiters', 'interpolation', 'inverted', 'partials', 'sections'];
const OPTIONAL_FILES = ['~inheritance', '~dynamic-names'];
const CORE_CASE_COUNT = 136;
const specExists = existsSync(SPEC_DIR) && CORE_FILES.every((f) => existsSync(`${SPEC_DIR}${f}.json`));

interface SpecCase {
  name: string;
  desc: string;
  data: unknown;
  template: string;
  expected: string;
  partials?: Record<string, string>;
}

function loadCases(file: string): SpecCase[] {
  const json = JSON.parse(readFileSync(`${SPEC_DIR}${file}.json`, 'utf8')) as { tests: SpecCase[] };
  return json.tests;
}

function renderCase(c: SpecCase): string {
  const partials = c.partials ?? {};
  const template = compileTemplate(c.template, {
    escape: escapeHtml,
    strict: false,
    partialLineEndings: 'spec',
    partial: (name) => (Object.hasOwn(partials, name) ? partials[name] : undefined),
  });
  return template.render(c.data);
}

function passes(c: SpecCase): boolean {
  try {
    return renderCase(c) === c.expected;
  } catch {
    return false;
  }
}

if (!specExists) {
  describe('mustache spec', () => {
    it.skip(`skipped: the spec folder ${SPEC_DIR} is absent (expected at ../shared/mustache-spec)`, () => {});
  });
}

describe.skipIf(!specExists)('mustache spec (core, spec mode)', () => {
  const files = specExists ? CORE_FILES : [];
  for (const file of files) {
    describe(file, () => {
      for (const c of loadCases(file)) {
        it(`${c.name}: ${c.desc}`, () => {
          expect(renderCase(c)).toBe(c.expected);
        });
      }
    });
  }

  it(`passes all ${CORE_CASE_COUNT} core cases and reports the optional modules`, () => {
    const core = CORE_FILES.flatMap(loadCases);
    expect(core).toHaveLength(CORE_CASE_COUNT);
    expect(core.filter(passes)).toHaveLength(CORE_CASE_COUNT);
    const present = readdirSync(SPEC_DIR).map((f) => f.replace(/\.json$/, ''));
    for (const file of OPTIONAL_FILES.filter((f) => present.includes(f))) {
      const cases = loadCases(file);
      const passed = cases.filter(passes);
      // Reported, not required: `mustache`'s parser has no inheritance tags and no dynamic names.
      console.info(`mustache spec ${file}: ${passed.length}/${cases.length} optional cases pass`);
    }
  });
});
