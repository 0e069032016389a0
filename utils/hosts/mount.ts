import { createRoot, type Root } from 'react-dom/client';
import type { ReactNode } from 'react';

/** The tag of every shadow host Baton adds to a host page; a valid custom-element name, so it may host a shadow root. */
export const BATON_HOST_TAG = 'baton-ui';

export type MountPosition = 'before' | 'after' | 'prepend' | 'append';

export interface ShadowMount {
  host: HTMLElement;
  root: ShadowRoot;
  /** Set (or, with null, remove) marker attributes on the shadow host. */
  setAttributes(attributes: Record<string, string | null | undefined>): void;
  render(node: ReactNode): void;
  remove(): void;
  /** Still attached to the host page? Hosts re-create their DOM and take ours with it. */
  isConnected(): boolean;
}

export interface MountOptions {
  /** The `data-baton` feature id (CONTRACT.md §2). */
  marker: string;
  anchor: Element;
  position: MountPosition;
  /** Styles for inside the shadow root (imported with `?inline`). */
  css: string;
  /** `inline` for chips that sit in a line of text, `block` for panels and notes. */
  display?: 'inline' | 'inline-block' | 'block';
}

/** Keys typed inside Baton's UI must never trigger the host's keyboard shortcuts. */
const CONTAINED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'paste', 'copy', 'cut'] as const;

/** Draw React UI in an open shadow root whose host carries the `data-baton` marker. */
export function mountShadow(options: MountOptions): ShadowMount {
  const host = document.createElement(BATON_HOST_TAG);
  host.setAttribute('data-baton', options.marker);
  // Host-page CSS must not reach in, and the host element itself must not inherit odd layout.
  host.style.setProperty('display', options.display ?? 'block', 'important');
  host.style.setProperty('all', 'initial');
  if (import.meta.env.FIREFOX) {
    // Shown only while the content scripts' own sheet is in the page (utils/hosts/ui-alive.css):
    // Firefox removes it when Baton is switched off, and the dead scripts cannot remove this host.
    host.style.setProperty('--baton-display', options.display ?? 'block');
    host.style.setProperty('display', 'var(--baton-alive, none)', 'important');
  } else {
    host.style.setProperty('display', options.display ?? 'block', 'important');
  }
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = options.css;
  const container = document.createElement('div');
  container.className = 'baton-root';
  root.append(style, container);
  for (const type of CONTAINED_EVENTS) {
    host.addEventListener(type, (event) => event.stopPropagation());
  }
  place(host, options.anchor, options.position);
  let reactRoot: Root | null = createRoot(container);

  return {
    host,
    root,
    setAttributes(attributes) {
      for (const [name, value] of Object.entries(attributes)) {
        if (value === null || value === undefined) host.removeAttribute(name);
        else if (host.getAttribute(name) !== value) host.setAttribute(name, value);
      }
    },
    render(node) {
      reactRoot?.render(node);
    },
    remove() {
      reactRoot?.unmount();
      reactRoot = null;
      host.remove();
    },
    isConnected: () => host.isConnected,
  };
}

export function place(node: Element, anchor: Element, position: MountPosition): void {
  if (position === 'before') anchor.before(node);
  else if (position === 'after') anchor.after(node);
  else if (position === 'prepend') anchor.prepend(node);
  else anchor.append(node);
}

export function isBatonNode(node: Node): boolean {
  return node instanceof Element && node.localName === BATON_HOST_TAG;
}
