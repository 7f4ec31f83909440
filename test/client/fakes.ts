/**
 * Test doubles for the client tests: a store that counts calls and can fail or hold its answers,
 * and an event recorder (fake clocks and timers: `../helpers/manual-time.ts`).
 */
import type { PromptRecord } from '../../src/engine/record.js';
import { resolveSelector } from '../../src/engine/selector.js';
import { StoreError } from '../../src/errors.js';
import type { PromptStore, VersionInfo } from '../../src/stores/types.js';
import type { PromptEvent } from '../../src/telemetry/events.js';

export interface FakeStoreOptions {
  /** Offer `resolve` (one round trip). @default true */
  resolve?: boolean;
  /** Offer `list`. @default true */
  list?: boolean;
  /** Offer `watch`. @default false */
  watch?: boolean;
  name?: string;
}

export type StoreMethod = 'listVersions' | 'getVersion' | 'resolve' | 'list';

/** A store over a mutable list of records, counting calls, able to fail or hold its answers. */
export class FakeStore implements PromptStore {
  readonly name: string;
  records: PromptRecord[];
  calls: Record<StoreMethod, number> = { listVersions: 0, getVersion: 0, resolve: 0, list: 0 };
  /** When set, every call rejects with it. */
  failure: Error | undefined;
  /** When set, every call waits for it before answering. */
  gate: Promise<void> | undefined;
  readonly listeners = new Set<(name: string) => void>();
  resolve?: (name: string, selector: string) => Promise<PromptRecord | undefined>;
  list?: () => Promise<string[]>;
  watch?: (onChange: (name: string) => void) => () => void;

  constructor(records: PromptRecord[] = [], options: FakeStoreOptions = {}) {
    this.name = options.name ?? 'fake';
    this.records = [...records];
    if (options.resolve ?? true) {
      this.resolve = async (name, selector) => {
        await this.#enter('resolve');
        return resolveSelector(this.#versions(name), selector)?.record;
      };
    }
    if (options.list ?? true) {
      this.list = async () => {
        await this.#enter('list');
        return [...new Set(this.records.map((r) => r.name))].sort();
      };
    }
    if (options.watch) {
      this.watch = (onChange) => {
        this.listeners.add(onChange);
        return () => this.listeners.delete(onChange);
      };
    }
  }

  get totalCalls(): number {
    return this.calls.listVersions + this.calls.getVersion + this.calls.resolve + this.calls.list;
  }

  async listVersions(name: string): Promise<VersionInfo[]> {
    await this.#enter('listVersions');
    return this.#versions(name).map(({ version, labels }) => ({ version, labels }));
  }

  async getVersion(name: string, version: string): Promise<PromptRecord | undefined> {
    await this.#enter('getVersion');
    return this.records.find((r) => r.name === name && r.version === version);
  }

  /** Add or replace a record (no immutability check: tests use it to tamper). */
  put(record: PromptRecord): void {
    this.records = [...this.records.filter((r) => !(r.name === record.name && r.version === record.version)), record];
  }

  remove(name: string): void {
    this.records = this.records.filter((r) => r.name !== name);
  }

  changed(name: string): void {
    for (const listener of this.listeners) listener(name);
  }

  /** Hold every answer until the returned function is called. */
  hold(): () => void {
    let release!: () => void;
    this.gate = new Promise((r) => {
      release = r;
    });
    return () => {
      this.gate = undefined;
      release();
    };
  }

  async #enter(method: StoreMethod): Promise<void> {
    this.calls[method]++;
    if (this.gate !== undefined) await this.gate;
    if (this.failure !== undefined) throw this.failure;
  }

  #versions(name: string): Array<VersionInfo & { record: PromptRecord }> {
    return this.records
      .filter((r) => r.name === name)
      .map((record) => ({ version: record.version, labels: record.labels ?? [], record }));
  }
}

/** A store failure as an HTTP store would report it. */
export function networkError(store = 'fake'): StoreError {
  return new StoreError('connect ECONNREFUSED 127.0.0.1:9', { store, retryable: true });
}

/** A text record. */
export function text(name: string, version: string, template: string, extra: Partial<PromptRecord> = {}): PromptRecord {
  return { name, version, type: 'text', template, ...extra };
}

/** Collect events; `next(type)` resolves on the next event of that type. */
export function recorder(): {
  events: PromptEvent[];
  listener: (event: PromptEvent) => void;
  of: <T extends PromptEvent['type']>(type: T) => Array<Extract<PromptEvent, { type: T }>>;
  next: <T extends PromptEvent['type']>(type: T) => Promise<Extract<PromptEvent, { type: T }>>;
} {
  const events: PromptEvent[] = [];
  const waiting: Array<{ type: string; resolve: (e: PromptEvent) => void }> = [];
  return {
    events,
    listener(event) {
      events.push(event);
      for (const w of [...waiting]) {
        if (w.type === event.type) {
          waiting.splice(waiting.indexOf(w), 1);
          w.resolve(event);
        }
      }
    },
    of: (type) => events.filter((e) => e.type === type) as never,
    next: (type) => new Promise((resolve) => waiting.push({ type, resolve: resolve as (e: PromptEvent) => void })),
  };
}
