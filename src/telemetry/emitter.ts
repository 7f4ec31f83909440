/**
 * A small typed event emitter for {@link PromptEvent}s.
 *
 * - Listeners subscribe per event type (`on('render', …)`) or to every event (`onEvent(…)`).
 * - A listener that throws or rejects never breaks the caller: the failure is handed to the
 *   `onError` option (each failure once), or, without it, written with `console.warn` the first
 *   time each listener fails (later failures of that listener stay silent, so a broken listener on
 *   a hot path cannot flood the log).
 * - With no listener, emitting costs one branch: callers check {@link PromptEmitter.active} (or
 *   {@link PromptEmitter.wants}) before they even build the event object.
 *
 * @example
 * ```ts
 * const emitter = new PromptEmitter();
 * const off = emitter.on('render', (e) => console.log(e.name, e.durationMs));
 * if (emitter.wants('render')) emitter.emit({ type: 'render', name: 'x', version: '1.0.0', hash, durationMs: 0.1, chars: 12, inputKeys: [] });
 * off();
 * ```
 * @module
 */
import type { EventOf, PromptEvent, PromptEventListener, PromptEventType } from './events.js';

/** Called when a listener throws or rejects. */
export type ListenerErrorHandler = (error: unknown, event: PromptEvent) => void;

/** Options of {@link PromptEmitter}. */
export interface PromptEmitterOptions {
  /**
   * Receives every error thrown (or promise rejected) by a listener, once per failure. An error
   * thrown by this handler itself is ignored.
   * @default a `console.warn` the first time each listener fails
   */
  onError?: ListenerErrorHandler;
}

type AnyListener = (event: PromptEvent) => void | Promise<void>;

/** Typed emitter of promptops events. See the module documentation. */
export class PromptEmitter {
  /**
   * True when at least one listener is subscribed (to any type). Read it before building an event:
   * `if (emitter.active) emitter.emit({ … })`.
   */
  active = false;

  readonly #byType = new Map<PromptEventType, AnyListener[]>();
  #any: AnyListener[] = [];
  readonly #onError: ListenerErrorHandler | undefined;
  readonly #warned = new WeakSet<AnyListener>();

  constructor(options: PromptEmitterOptions = {}) {
    this.#onError = options.onError;
  }

  /** True when an event of `type` would reach at least one listener. */
  wants(type: PromptEventType): boolean {
    return this.active && (this.#any.length > 0 || this.#byType.has(type));
  }

  /**
   * Subscribe to one event type. Returns a function that unsubscribes (calling it twice is harmless).
   * Subscribing the same function twice makes two subscriptions.
   */
  on<T extends PromptEventType>(type: T, listener: PromptEventListener<T>): () => void {
    const fn = listener as AnyListener;
    this.#byType.set(type, [...(this.#byType.get(type) ?? []), fn]);
    this.active = true;
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      const rest = removeOne(this.#byType.get(type) ?? [], fn);
      if (rest.length === 0) this.#byType.delete(type);
      else this.#byType.set(type, rest);
      this.#updateActive();
    };
  }

  /** Subscribe to every event. Returns a function that unsubscribes. */
  onEvent(listener: (event: PromptEvent) => void | Promise<void>): () => void {
    this.#any = [...this.#any, listener];
    this.active = true;
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      this.#any = removeOne(this.#any, listener);
      this.#updateActive();
    };
  }

  /** Remove every listener. */
  clear(): void {
    this.#byType.clear();
    this.#any = [];
    this.active = false;
  }

  /**
   * Deliver `event` to the listeners of its type, then to the `onEvent` listeners, synchronously
   * and in subscription order. Never throws.
   */
  emit<T extends PromptEventType>(event: EventOf<T>): void {
    if (!this.active) return;
    const typed = this.#byType.get(event.type);
    if (typed !== undefined) for (const listener of typed) this.#call(listener, event);
    for (const listener of this.#any) this.#call(listener, event);
  }

  #call(listener: AnyListener, event: PromptEvent): void {
    try {
      const result = listener(event);
      if (result !== undefined && typeof (result as Promise<void>).then === 'function') {
        (result as Promise<void>).then(undefined, (error: unknown) => this.#report(listener, error, event));
      }
    } catch (error) {
      this.#report(listener, error, event);
    }
  }

  #report(listener: AnyListener, error: unknown, event: PromptEvent): void {
    if (this.#onError !== undefined) {
      try {
        this.#onError(error, event);
      } catch {
        // An error handler that fails has nowhere left to report to.
      }
      return;
    }
    if (this.#warned.has(listener)) return;
    this.#warned.add(listener);
    console.warn(
      `promptops: a "${event.type}" event listener failed (further failures of this listener are not shown):`,
      error,
    );
  }

  #updateActive(): void {
    this.active = this.#any.length > 0 || this.#byType.size > 0;
  }
}

function removeOne<T>(list: readonly T[], item: T): T[] {
  const index = list.indexOf(item);
  return index === -1 ? [...list] : [...list.slice(0, index), ...list.slice(index + 1)];
}
