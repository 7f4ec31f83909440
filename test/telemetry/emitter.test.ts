import { afterEach, describe, expect, it, vi } from 'vitest';
import { PromptEmitter } from '../../src/telemetry/emitter.js';
import type { PromptEvent, RenderEvent } from '../../src/telemetry/events.js';

const render: RenderEvent = {
  type: 'render',
  name: 'a',
  version: '1.0.0',
  hash: 'sha256-x',
  durationMs: 1,
  chars: 3,
  inputKeys: [],
};
const error: PromptEvent = { type: 'error', name: 'a', error: new Error('boom') };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('PromptEmitter', () => {
  it('is inactive without listeners, and emitting is then a no-op', () => {
    const emitter = new PromptEmitter();
    expect(emitter.active).toBe(false);
    expect(emitter.wants('render')).toBe(false);
    expect(() => emitter.emit(render)).not.toThrow();
  });

  it('delivers by type, then to onEvent listeners, in subscription order', () => {
    const emitter = new PromptEmitter();
    const seen: string[] = [];
    emitter.onEvent((e) => {
      seen.push(`any:${e.type}`);
    });
    emitter.on('render', (e) => {
      seen.push(`render1:${e.chars}`);
    });
    emitter.on('render', () => {
      seen.push('render2');
    });
    emitter.on('error', () => {
      seen.push('error');
    });
    expect(emitter.wants('render')).toBe(true);
    expect(emitter.wants('fetch')).toBe(true); // onEvent wants everything
    emitter.emit(render);
    expect(seen).toEqual(['render1:3', 'render2', 'any:render']);
  });

  it('unsubscribes, and becomes inactive again when the last listener leaves', () => {
    const emitter = new PromptEmitter();
    const listener = vi.fn();
    const off = emitter.on('render', listener);
    const offAny = emitter.onEvent(listener);
    off();
    off(); // twice is harmless
    expect(emitter.wants('render')).toBe(true);
    offAny();
    expect(emitter.active).toBe(false);
    emitter.emit(render);
    expect(listener).not.toHaveBeenCalled();
  });

  it('lets a listener unsubscribe itself during an emit without skipping the others', () => {
    const emitter = new PromptEmitter();
    const seen: string[] = [];
    const off = emitter.on('render', () => {
      seen.push('first');
      off();
    });
    emitter.on('render', () => {
      seen.push('second');
    });
    emitter.emit(render);
    emitter.emit(render);
    expect(seen).toEqual(['first', 'second', 'second']);
  });

  it('never lets a throwing listener break the caller, and reports each failure once to onError', () => {
    const onError = vi.fn();
    const emitter = new PromptEmitter({ onError });
    const after = vi.fn();
    emitter.on('render', () => {
      throw new Error('listener bug');
    });
    emitter.on('render', after);
    expect(() => emitter.emit(render)).not.toThrow();
    emitter.emit(render);
    expect(after).toHaveBeenCalledTimes(2);
    expect(onError).toHaveBeenCalledTimes(2);
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(Error);
    expect(onError.mock.calls[0]?.[1]).toBe(render);
  });

  it('catches rejecting async listeners', async () => {
    const onError = vi.fn();
    const emitter = new PromptEmitter({ onError });
    emitter.on('error', async () => {
      throw new Error('async bug');
    });
    emitter.emit(error);
    await new Promise((r) => setTimeout(r, 0));
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ message: 'async bug' });
  });

  it('without onError, warns once per failing listener', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const emitter = new PromptEmitter();
    emitter.on('render', () => {
      throw new Error('bug 1');
    });
    emitter.on('render', async () => {
      throw new Error('bug 2');
    });
    emitter.emit(render);
    emitter.emit(render);
    emitter.emit(render);
    await new Promise((r) => setTimeout(r, 0));
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0]?.[0])).toContain('"render" event listener failed');
  });

  it('ignores an onError handler that throws', () => {
    const emitter = new PromptEmitter({
      onError: () => {
        throw new Error('handler bug');
      },
    });
    emitter.on('render', () => {
      throw new Error('listener bug');
    });
    expect(() => emitter.emit(render)).not.toThrow();
  });

  it('clear() removes every listener', () => {
    const emitter = new PromptEmitter();
    const listener = vi.fn();
    emitter.on('render', listener);
    emitter.onEvent(listener);
    emitter.clear();
    expect(emitter.active).toBe(false);
    emitter.emit(render);
    expect(listener).not.toHaveBeenCalled();
  });
});
