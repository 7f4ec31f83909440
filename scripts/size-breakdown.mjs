// Where the bytes of the browser core go, and what each way to a smaller bundle could save at most.
//
// `node scripts/size-breakdown.mjs` bundles `{ createPromptClient, httpStore }` from src/ as the size check
// does (esbuild, browser, minified, gzip level 9), prints the gzip bytes per dependency and per source folder,
// then bundles it again with modules swapped for stand-ins and prints each saving. The price table
// (@pydantic/genai-prices) is not reachable from the core (nothing is left out, as in .size-limit.cjs). The stand-ins are
// no-ops or minimal equivalents that cost nothing: a saving is an upper bound of what a real replacement
// (a compact check, an opt-in import) could save. Used for docs/benchmarks.md#bundle-size.
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ENTRY = "export { createPromptClient, httpStore } from './src/index.ts';";

/** Stand-ins: [file, contents], with the exports the core imports from that file. */
const STAND_INS = {
  'experiments (opt-in)': [
    'src/client/experiments.ts',
    'export const experimentsRule=()=>{},compileExperiments=()=>undefined,assignVariant=()=>0,hash32=()=>0,checkOutcomeMetrics=(m)=>m;',
  ],
  'snapshot (opt-in)': [
    'src/client/snapshot.ts',
    'export class SnapshotKeeper{lookup(){return{found:false,reason:""}}remember(){}flush(){return Promise.resolve()}close(){}}' +
      'export const unref=()=>{},errorText=(e)=>String(e),parseSnapshot=(v)=>v,memorySnapshot=()=>({});',
  ],
  'record shape check (runtime)': [
    'src/engine/record-shape.ts',
    'export const RECORD_FIELDS=[],LABEL_PATTERN=/x/,HASH_PATTERN=/x/,LABEL_RULE="",PLACEHOLDER_PATTERN=/x/,' +
      'TOOL_NAME_PATTERN=/x/,MODEL_FIELDS=[],PRICING_FIELDS=[],TOOL_FIELDS=[],' +
      'parseRecordShape=(v)=>v,copyRecord=(v)=>v,findNonJson=()=>undefined,protoKeyPath=()=>undefined;',
  ],
  'JSON Schema rules (runtime)': [
    'src/engine/schema/json-schema-rules.ts',
    'export const JSON_SCHEMA_TYPES=[],VALIDATION_KEYWORDS=new Set,ANNOTATION_KEYWORDS=new Set,MAX_SCHEMA_DEPTH=32,' +
      'applyJsonSchemaRules=(s)=>s,compilePattern=(p)=>new RegExp(p,"u");',
  ],
  'Picoschema rules (runtime)': [
    'src/engine/schema/picoschema-rules.ts',
    'export const PICOSCHEMA_SCALAR_TYPES=[],applyPicoschemaRules=(s)=>s,isScalarType=()=>true,' +
      'isPlainRecord=(v)=>typeof v==="object"&&v!==null&&!Array.isArray(v);',
  ],
  'schema check (runtime, own)': [
    'src/engine/schema/check.ts',
    'export const compileCheck=()=>()=>[],codePointLength=(s)=>s.length;',
  ],
  'ky -> fetch': [
    'node_modules/ky/distribution/index.js',
    'export default (u,o)=>o.fetch(u,{method:o.method,headers:o.headers,' +
      'body:o.json===undefined?undefined:JSON.stringify(o.json),signal:o.signal});',
  ],
};

async function bundle(standIns, external = false) {
  const files = new Map(standIns.map((name) => [realpathSync(resolve(STAND_INS[name][0])), STAND_INS[name][1]]));
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    packages: external ? 'external' : undefined,
    plugins: [
      {
        name: 'stand-ins',
        setup(b) {
          b.onLoad({ filter: /.*/ }, (args) =>
            files.has(args.path) ? { contents: files.get(args.path), loader: 'js' } : undefined,
          );
        },
      },
    ],
  });
  const output = result.outputFiles[0].contents;
  return { gzip: gzipSync(output, { level: 9 }).length, metafile: result.metafile };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const full = await bundle([]);
const own = await bundle([], true);
console.log(`{ createPromptClient, httpStore }: ${kB(full.gzip)} min+gz; own code alone ${kB(own.gzip)}`);

// Per-input share of the minified output, scaled to the gzip total (gzip is not additive; a guide only).
const inputs = Object.values(full.metafile.outputs)[0].inputs;
const minified = Object.values(inputs).reduce((sum, input) => sum + input.bytesInOutput, 0);
const groups = new Map();
for (const [path, input] of Object.entries(inputs)) {
  // node_modules may be a symlink (a worktree): group by the package wherever its folder is.
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  const group = dependency ? `node_modules/${dependency[1]}` : path.split('/').slice(0, 2).join('/');
  groups.set(group, (groups.get(group) ?? 0) + input.bytesInOutput);
}
console.log('\nshare of the bundle (minified bytes, scaled to gzip):');
for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1])) {
  if (bytes > 0) console.log(`  ${group.padEnd(28)} ${kB((bytes / minified) * full.gzip).padStart(8)}`);
}

console.log('\nat most saved by (stand-ins cost nothing):');
for (const name of Object.keys(STAND_INS)) {
  const { gzip } = await bundle([name]);
  console.log(`  ${name.padEnd(36)} ${kB(gzip - full.gzip).padStart(8)}`);
}
const everything = await bundle(Object.keys(STAND_INS));
const ownLeft = await bundle(Object.keys(STAND_INS), true);
console.log(`  ${'all of them together'.padEnd(36)} ${kB(everything.gzip - full.gzip).padStart(8)}`);
console.log(`\nwith every stand-in: ${kB(everything.gzip)} (own code left: ${kB(ownLeft.gzip)}); budget 52 kB`);
