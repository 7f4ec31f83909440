// What `npm run demo` says while it builds: the phases of tsup's log (ESM, CommonJS, type declarations),
// each reported once all of its builds have finished (the CLI is a second ESM build). Kept apart from
// scripts/demo.mjs so that test/demo/demo.test.ts can feed it a real tsup log.

/** tsup's phases, as its log lines name them, and what the demo calls them. */
export const PHASES = { ESM: 'ESM bundles', CJS: 'CommonJS bundles', DTS: 'type declarations' };

/** The line that opens a build: why it builds (`'first run'`, `'src/ changed'`), what, and how long. */
export function buildingLine(why) {
  return `▶ building promptops into dist/ (${why}): ESM, CommonJS, type declarations; up to a minute…`;
}

/** Follow tsup's log, one line at a time. */
export function buildPhases() {
  const running = new Map(); // phase → how many of its builds are still running
  return {
    /** Read one log line; returns the name of the phase it finished, or undefined. */
    read(line) {
      const match = /^(ESM|CJS|DTS) (Build start|.*Build success)/.exec(line);
      if (match === null) return undefined;
      const [, phase, what] = match;
      const left = (running.get(phase) ?? 0) + (what === 'Build start' ? 1 : -1);
      running.set(phase, left);
      return what !== 'Build start' && left === 0 ? PHASES[phase] : undefined;
    },
    /** What is being built now: the running phases, 'finishing' after the last one, or 'starting tsup'. */
    now() {
      const names = [...running].filter(([, n]) => n > 0).map(([phase]) => PHASES[phase]);
      if (names.length > 0) return names.join(', ');
      return running.size > 0 ? 'finishing' : 'starting tsup';
    },
  };
}
