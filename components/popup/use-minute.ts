import { useEffect, useState } from 'react';

/** The current time, floored to the minute, re-rendering on each minute boundary (not every second). */
export function useMinute(now: () => number = Date.now): number {
  const [minute, setMinute] = useState(() => floorMinute(now()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const current = now();
      timer = setTimeout(() => {
        setMinute(floorMinute(now()));
        schedule();
      }, 60_000 - (current % 60_000) + 20);
    };
    schedule();
    return () => clearTimeout(timer);
  }, [now]);
  return minute;
}

export function floorMinute(t: number): number {
  return t - (t % 60_000);
}
