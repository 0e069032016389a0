import { act, render } from '@testing-library/react';
import { useMinute } from '@/components/popup/use-minute';

function Probe({ onRender }: { onRender(minute: number): void }) {
  onRender(useMinute());
  return null;
}

describe('useMinute', () => {
  afterEach(() => vi.useRealTimers());

  it('renders again on each minute boundary, not every second', () => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2026, 2, 4, 10, 0, 42, 500));
    const seen: number[] = [];
    render(<Probe onRender={(m) => seen.push(m)} />);
    const first = seen.length;
    expect(seen.at(-1)).toBe(Date.UTC(2026, 2, 4, 10, 0));
    act(() => void vi.advanceTimersByTime(15_000));
    expect(seen.length).toBe(first);
    act(() => void vi.advanceTimersByTime(3_000));
    expect(seen.at(-1)).toBe(Date.UTC(2026, 2, 4, 10, 1));
    const afterOne = seen.length;
    act(() => void vi.advanceTimersByTime(60_000));
    expect(seen.at(-1)).toBe(Date.UTC(2026, 2, 4, 10, 2));
    expect(seen.length - afterOne).toBe(1);
  });
});
