import { createGridReader, gridRootOf, observeGrid } from '@/utils/hosts/google-calendar/grid';

/** Calendar's data-datekey for a civil date (HOSTS.md: k = 32 + (year − 1970)·512 + (month − 1)·32 + day). */
const dateKey = (y: number, m: number, d: number) => String(32 + (y - 1970) * 512 + (m - 1) * 32 + d);

function month(days: number, chipsPerDay: number) {
  const grid = document.createElement('div');
  grid.setAttribute('role', 'grid');
  for (let d = 1; d <= days; d++) {
    const cell = document.createElement('div');
    cell.setAttribute('role', 'gridcell');
    cell.setAttribute('data-datekey', dateKey(2027, 3, d));
    cell.append(Object.assign(document.createElement('h2'), { textContent: String(d) }));
    for (let c = 0; c < chipsPerDay; c++) cell.append(chip(1 + c));
    grid.append(cell);
  }
  return grid;
}

function chip(hour: number) {
  const el = document.createElement('div');
  el.setAttribute('role', 'button');
  el.setAttribute('data-eventid', btoa(`ev${hour}-${Math.random()}`));
  el.setAttribute('aria-label', `${hour}:00am to ${hour}:30am, Event, Me`);
  return el;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Google Calendar grid: read from its own subtree, a day again only when it changed', () => {
  beforeEach(() => document.body.replaceChildren());

  it('the grid root is the nearest element holding every day cell', () => {
    const outer = document.createElement('main');
    const grid = month(5, 1);
    outer.append(grid);
    document.body.append(outer, document.createElement('aside'));
    expect(gridRootOf(document, null)).toBe(grid);
    document.body.replaceChildren();
    expect(gridRootOf(document, grid)).toBeNull();
  });

  it('a second scan reads no day; a chip added to one day re-reads that day only', async () => {
    const grid = month(28, 6);
    document.body.append(grid);
    const reader = createGridReader();
    const watch = observeGrid((records) => reader.changed(records));
    watch.watch(grid);
    const first = reader.scan(grid, 'UTC');
    expect(first.reread).toBe(28);
    expect(first.readable).toBe(28 * 6);
    expect(reader.scan(grid, 'UTC').reread).toBe(0);

    const day3 = grid.children[2]!;
    day3.append(chip(11));
    await flush();
    const after = reader.scan(grid, 'UTC');
    expect(after.reread).toBe(1);
    expect(after.days['2027-03-03']).toHaveLength(7);
    expect(after.days['2027-03-04']).toHaveLength(6);
    watch.disconnect();
  });

  it('a changed time in a chip label, or a cell re-keyed to another date, is read again', async () => {
    const grid = month(3, 1);
    document.body.append(grid);
    const reader = createGridReader();
    const watch = observeGrid((records) => reader.changed(records));
    watch.watch(grid);
    reader.scan(grid, 'UTC');
    grid.children[0]!.querySelector('[data-eventid]')!.setAttribute('aria-label', '2:00pm to 3:00pm, Event, Me');
    await flush();
    const relabelled = reader.scan(grid, 'UTC');
    expect(relabelled.reread).toBe(1);
    expect(relabelled.days['2027-03-01']).toEqual([{ start: Date.UTC(2027, 2, 1, 14), end: Date.UTC(2027, 2, 1, 15) }]);
    // Re-keyed without the observer's help (the key is compared on every scan).
    watch.disconnect();
    grid.children[1]!.setAttribute('data-datekey', dateKey(2027, 3, 20));
    const rekeyed = reader.scan(grid, 'UTC');
    expect(rekeyed.reread).toBe(1);
    expect(Object.keys(rekeyed.days)).toContain('2027-03-20');
  });

  it('Baton adding its own mark to a day is no change of that day; another zone reads every day again', async () => {
    const grid = month(3, 1);
    document.body.append(grid);
    const reader = createGridReader();
    const watch = observeGrid((records) => reader.changed(records));
    watch.watch(grid);
    reader.scan(grid, 'UTC');
    grid.children[0]!.firstElementChild!.append(document.createElement('baton-ui'));
    await flush();
    expect(reader.scan(grid, 'UTC').reread).toBe(0);
    expect(reader.scan(grid, 'Asia/Tokyo').reread).toBe(3);
    watch.disconnect();
  });
});
