/**
 * Baton's only way to speak to the host page's console: prefixed, and each distinct key at most
 * once per page so a broken selector does not flood the console on every mutation.
 */
export interface Logger {
  warnOnce(key: string, message: string, detail?: unknown): void;
  errorOnce(key: string, error: unknown): void;
}

export function createLogger(prefix: string, sink: Pick<Console, 'warn'> = console): Logger {
  const said = new Set<string>();
  const once = (key: string, say: () => void) => {
    if (said.has(key)) return;
    said.add(key);
    say();
  };
  return {
    warnOnce(key, message, detail) {
      once(`w:${key}`, () => (detail === undefined ? sink.warn(`[baton:${prefix}] ${message}`) : sink.warn(`[baton:${prefix}] ${message}`, detail)));
    },
    errorOnce(key, error) {
      // A warning, not console.error: Baton's faults must never look like the host page's.
      once(`e:${key}`, () => sink.warn(`[baton:${prefix}] ${key} failed; Baton keeps going without it.`, error));
    },
  };
}
