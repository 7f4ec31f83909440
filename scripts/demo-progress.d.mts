export declare const PHASES: { ESM: string; CJS: string; DTS: string };
export declare function buildPhases(): { read(line: string): string | undefined; now(): string };
export declare function buildingLine(why: 'first run' | 'src/ changed'): string;
