import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ZonePicker } from '@/components/shared/ZonePicker';

function Harness({ initial = 'UTC', onChange = () => undefined }: { initial?: string; onChange?(zone: string): void }) {
  const [zone, setZone] = useState(initial);
  return (
    <ZonePicker
      id="z"
      label="Their zone"
      value={zone}
      onChange={(z) => {
        setZone(z);
        onChange(z);
      }}
    />
  );
}

describe('ZonePicker', () => {
  it('is a labelled combobox showing the current zone', () => {
    render(<Harness initial="Asia/Tokyo" />);
    const box = screen.getByRole('combobox', { name: 'Their zone' });
    expect((box as HTMLInputElement).value).toBe('Asia/Tokyo');
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('finds by abbreviation, moves with the arrow keys and picks with Enter', async () => {
    const user = userEvent.setup();
    const picked = vi.fn();
    render(<Harness onChange={picked} />);
    const box = screen.getByRole('combobox');
    await user.click(box);
    await user.type(box, 'cet');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(3);
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    const second = options[1]?.querySelector('.bz-id')?.textContent;
    await user.keyboard('{Enter}');
    expect(picked).toHaveBeenCalledWith(second);
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect((box as HTMLInputElement).value).toBe(second);
  });

  it('finds by offset and by country, and says when nothing matches', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const box = screen.getByRole('combobox');
    await user.click(box);
    await user.type(box, '+5:45');
    expect(screen.getAllByRole('option').map((o) => o.querySelector('.bz-id')?.textContent)).toEqual([expect.stringMatching(/^Asia\/Kat(h)?mandu$/)]);
    await user.clear(box);
    await user.type(box, 'new zealand');
    expect(screen.getAllByRole('option').map((o) => o.querySelector('.bz-id')?.textContent)).toContain('Pacific/Auckland');
    await user.clear(box);
    await user.type(box, 'atlantis');
    expect(screen.getByText(/No zone matches/)).toBeTruthy();
  });

  it('Escape leaves the value as it was; a typed full zone id is taken on leaving the field', async () => {
    const user = userEvent.setup();
    const picked = vi.fn();
    render(<Harness initial="Europe/Paris" onChange={picked} />);
    const box = screen.getByRole('combobox');
    await user.click(box);
    await user.type(box, 'tokyo');
    await user.keyboard('{Escape}');
    expect((box as HTMLInputElement).value).toBe('Europe/Paris');
    await user.click(box);
    await user.type(box, 'america/chicago');
    await user.tab();
    expect(picked).toHaveBeenLastCalledWith('America/Chicago');
  });
});
