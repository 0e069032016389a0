/**
 * Is the host page dark where this element sits? Read from the first opaque background up the
 * tree, because Gmail and Outlook themes are set by their own stylesheets, not prefers-color-scheme.
 */
export function isDarkAt(element: Element): boolean {
  for (let el: Element | null = element; el; el = el.parentElement) {
    const rgba = parseColor(getComputedStyle(el).backgroundColor);
    if (rgba && rgba[3] > 0.5) return luminance(rgba) < 0.4;
  }
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

function parseColor(value: string): [number, number, number, number] | null {
  const m = /rgba?\(([^)]+)\)/.exec(value);
  if (!m?.[1]) return null;
  const parts = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  const [r = 0, g = 0, b = 0, a = 1] = parts;
  return [r, g, b, a];
}

function luminance([r, g, b]: [number, number, number, number]): number {
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}
