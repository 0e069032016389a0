/**
 * Run `run` once the frame now being produced has been painted: an animation-frame callback runs
 * just before that frame's paint, and a task queued from it runs after the paint. Work a large team
 * needs (its other rows, today's overlap) waits here, so the first screenful is painted first.
 * Returns a cancel. A document that is not being drawn (hidden, or no animation frames) just gets a
 * task.
 */
export function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  const drawn = typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && document.visibilityState !== 'hidden';
  if (drawn) frame = requestAnimationFrame(() => (timer = setTimeout(run, 0)));
  else timer = setTimeout(run, 0);
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
