/**
 * `jsonlSink(path)`: keep promptops events in a file, one JSON object per line, without any vendor.
 * The file is what `promptops report events.jsonl` reads. Node only (exported from `promptops/fs`).
 * @module
 */
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { PromptEvent } from './events.js';

/** Options of {@link jsonlSink}. */
export interface JsonlSinkOptions {
  /**
   * Write the buffered lines once they reach this many characters.
   * @default 65_536
   */
  maxBufferChars?: number;
  /**
   * Write the buffered lines at most this long after the first of them was buffered, in ms
   * (the timer is unref'd: it never keeps the process alive). `0` writes on `flush()`/`close()`
   * and when the buffer is full only.
   * @default 1000
   */
  flushIntervalMs?: number;
  /**
   * Add `"time": "<ISO 8601>"` (when the event reached the sink) to every line.
   * @default true
   */
  timestamp?: boolean;
  /**
   * Receives write failures (and events that cannot be serialised). The sink never throws into
   * the code that emitted the event; lines whose write failed are dropped.
   * @default a `console.warn` for the first failure
   */
  onError?: (error: Error) => void;
}

/**
 * An `onEvent` listener that appends events to a JSONL file. Call `close()` (or at least
 * `flush()`) before the process exits, or the last buffered lines are lost.
 */
export interface JsonlSink {
  /** Buffer one event (pass the sink as `hooks.onEvent`). Never throws. */
  (event: PromptEvent): void;
  /** The file written. */
  readonly path: string;
  /** Write everything buffered so far. Resolves when it is on disk (or failed and was reported). */
  flush(): Promise<void>;
  /** Flush, then ignore further events. Calling it again is harmless. */
  close(): Promise<void>;
}

/**
 * Create a JSONL event sink. Errors are written as `{ name, message, code }` (no stack, no cause);
 * the file and its folders are created on the first write; lines are appended, in order.
 *
 * @example
 * ```ts
 * import { createPromptClient } from 'promptops';
 * import { jsonlSink } from 'promptops/fs';
 *
 * const sink = jsonlSink('logs/prompt-events.jsonl');
 * const prompts = createPromptClient({ store, hooks: { onEvent: sink } });
 * // …
 * await prompts.close();
 * await sink.close();
 * ```
 */
export function jsonlSink(path: string, options: JsonlSinkOptions = {}): JsonlSink {
  if (typeof path !== 'string' || path.length === 0) {
    throw new TypeError('jsonlSink(path) needs a file path, e.g. jsonlSink("logs/prompt-events.jsonl")');
  }
  const maxBufferChars = options.maxBufferChars ?? 65_536;
  const flushIntervalMs = options.flushIntervalMs ?? 1000;
  const timestamp = options.timestamp !== false;
  let warned = false;
  const report = (error: unknown): void => {
    const e = error instanceof Error ? error : new Error(String(error));
    if (options.onError !== undefined) {
      try {
        options.onError(e);
      } catch {
        // nowhere left to report to
      }
      return;
    }
    if (warned) return;
    warned = true;
    console.warn(`promptops: the JSONL event sink could not write to ${path} (further failures are not shown):`, e);
  };

  let buffer: string[] = [];
  let bufferChars = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  let dirReady: Promise<unknown> | undefined;
  let writing: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
    if (buffer.length > 0) {
      const text = buffer.join('');
      buffer = [];
      bufferChars = 0;
      dirReady ??= mkdir(dirname(path), { recursive: true }).catch(() => undefined);
      const ready = dirReady;
      // Writes are chained, so that lines land in the order the events came.
      writing = writing.then(async () => {
        try {
          await ready;
          await appendFile(path, text, 'utf8');
        } catch (error) {
          report(error);
        }
      });
    }
    return writing;
  };

  const sink = ((event: PromptEvent): void => {
    if (closed) return;
    let line: string;
    try {
      line = `${JSON.stringify(timestamp ? { time: new Date().toISOString(), ...event } : event, replacer)}\n`;
    } catch (error) {
      report(new Error(`could not serialise a "${event?.type}" event: ${(error as Error)?.message ?? error}`));
      return;
    }
    buffer.push(line);
    bufferChars += line.length;
    if (bufferChars >= maxBufferChars) {
      void flush();
    } else if (timer === undefined && flushIntervalMs > 0) {
      timer = setTimeout(() => {
        timer = undefined;
        void flush();
      }, flushIntervalMs);
      (timer as { unref?: () => void }).unref?.();
    }
  }) as JsonlSink;

  Object.defineProperty(sink, 'path', { value: path, enumerable: true });
  sink.flush = flush;
  sink.close = async () => {
    closed = true;
    await flush();
  };
  return sink;
}

/** `JSON.stringify` replacer: errors as `{ name, message, code }`; bigints as strings. */
function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return code === undefined
      ? { name: value.name, message: value.message }
      : { name: value.name, message: value.message, code };
  }
  if (typeof value === 'bigint') return value.toString();
  return value;
}
