import type { DayMap, TimeSpan } from '@/utils/calendar-days';
import { isOwnMutation } from '../root-observer';
import { isVisible, wallToInstant } from './dom';
import { decodeDateKey, decodeEventId, isoDate, parseTimeRange, type CivilDate } from './parse';
import * as S from './selectors';

/**
 * Reads the week, day and month grids: for each visible day column or cell, the times of the
 * meetings in it (never titles). The grid is read from its own subtree, and a day is read again
 * only when something inside it changed (`changed`, fed by an observer on the grid alone): a
 * rescan after a change elsewhere, or in one day, costs a walk over the day cells and no more.
 */
export interface GridScan {
  /** Every visible day (even an empty one: an empty day is news too). */
  days: DayMap;
  /** Where each visible day's header is, for load marks. */
  headers: Array<{ day: string; anchor: Element }>;
  /** Chips seen, and how many of them had readable times. */
  chips: number;
  readable: number;
  /** Day cells read in this scan (the others came from what was read before). */
  reread: number;
}

type Parsed = { start: number; end: number | null } | null;

/** What one day cell held when it was last read. */
interface CellRead {
  zone: string;
  key: string;
  /** A column header (week views), not a day's body. */
  header: Element | null;
  spans: TimeSpan[];
  chips: number;
  readable: number;
}

/** The attributes a chip or cell carries its day and times in: a change there is a change of the day. */
const READ_ATTRIBUTES = ['data-datekey', 'data-eventid', 'data-eventchip', 'aria-label', 'hidden', 'aria-hidden'];

export function createGridReader() {
  const labelCache = new Map<string, Parsed>();
  let reads = new WeakMap<Element, CellRead>();

  const parseLabel = (text: string): Parsed => {
    let parsed = labelCache.get(text);
    if (parsed === undefined) {
      parsed = parseTimeRange(text);
      if (labelCache.size > 2000) labelCache.clear();
      labelCache.set(text, parsed);
    }
    return parsed;
  };

  const readCell = (cell: HTMLElement, key: string, date: CivilDate, zone: string): CellRead => {
    const header = cell.matches(S.DAY_HEADER) ? cell : cell.closest(S.DAY_HEADER);
    const read: CellRead = { zone, key, header, spans: [], chips: 0, readable: 0 };
    if (header) return read;
    for (const chip of cell.querySelectorAll<HTMLElement>(S.GRID_EVENT)) {
      // A chip nested in an inner day cell belongs to that cell.
      if (chip.closest(S.DAY_CELL) !== cell) continue;
      const id = chip.getAttribute('data-eventid') ?? '';
      if (id.startsWith(S.TASK_ID_PREFIX)) continue;
      read.chips++;
      const span = chipSpan(chip, id, date, zone, parseLabel);
      if (!span) continue;
      read.readable++;
      read.spans.push(span);
    }
    return read;
  };

  return {
    /** Forget what was read of the days these mutations touched (Baton's own marks touch none). */
    changed(records: readonly MutationRecord[]): void {
      for (const record of records) {
        if (isOwnMutation(record)) continue;
        const node = record.target;
        const element = node instanceof Element ? node : node.parentElement;
        const cell = element?.closest(S.DAY_CELL);
        if (cell) reads.delete(cell);
      }
    },
    /** Forget everything (the calendar's zone changed, or the grid was replaced). */
    reset(): void {
      reads = new WeakMap();
    },
    scan(scope: ParentNode, zone: string): GridScan {
      const days: DayMap = {};
      const headers: GridScan['headers'] = [];
      let chips = 0;
      let readable = 0;
      let reread = 0;
      const cells = scope.querySelectorAll<HTMLElement>(S.DAY_CELL);
      const dates = new Map<HTMLElement, string>();
      for (const cell of cells) {
        const key = cell.getAttribute('data-datekey') ?? '';
        const date = decodeDateKey(key);
        if (!date) continue;
        const day = isoDate(date);
        dates.set(cell, day);
        let read = reads.get(cell);
        if (!read || read.zone !== zone || read.key !== key) {
          read = readCell(cell, key, date, zone);
          reads.set(cell, read);
          reread++;
        }
        if (read.header) {
          headers.push({ day, anchor: read.header });
          continue;
        }
        if (!isVisible(cell)) continue;
        (days[day] ??= []).push(...read.spans);
        chips += read.chips;
        readable += read.readable;
      }
      // Month view: the cell's first line (the date number) is the header.
      if (headers.length === 0) {
        for (const [cell, day] of dates) {
          const first = cell.firstElementChild;
          if (first && isVisible(cell)) headers.push({ day, anchor: first });
        }
      }
      return { days, headers, chips, readable, reread };
    },
  };
}

export type GridReader = ReturnType<typeof createGridReader>;

/**
 * The grid's own subtree: the nearest element holding every day cell (week views: the header row
 * and the columns), or null when the page shows no grid. Kept while it still holds the first cell.
 */
export function gridRootOf(doc: Document, previous: Element | null): Element | null {
  const first = doc.querySelector(S.DAY_CELL);
  if (!first) return null;
  const cells = doc.querySelectorAll(S.DAY_CELL);
  const last = cells[cells.length - 1] ?? first;
  if (previous?.isConnected && previous.contains(first) && previous.contains(last)) return previous;
  let root: Element | null = first.parentElement;
  while (root && !root.contains(last)) root = root.parentElement;
  return root ?? doc.body;
}

/** Watches one grid's subtree: chips and cells coming and going, and the attributes they are read from. */
export function observeGrid(onRecords: (records: MutationRecord[]) => void) {
  const observer = new MutationObserver(onRecords);
  let watched: Element | null = null;
  return {
    watch(root: Element | null): void {
      if (root === watched) return;
      observer.disconnect();
      watched = root;
      if (root) observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: READ_ATTRIBUTES });
    },
    disconnect(): void {
      observer.disconnect();
      watched = null;
    },
  };
}

function chipSpan(chip: HTMLElement, id: string, date: CivilDate, zone: string, parse: (t: string) => Parsed): TimeSpan | null {
  const label = chip.getAttribute('aria-label') || hiddenText(chip);
  const range = label ? parse(label) : null;
  if (range) {
    const start = wallToInstant(date, range.start, zone);
    let end = range.end === null ? start + 30 * 60_000 : wallToInstant(date, range.end, zone);
    if (end <= start) end += 86_400_000;
    return { start, end };
  }
  // Language-free fallback: a recurring instance's id carries its start; length unknown → 30 min.
  const instant = id ? decodeEventId(id)?.instanceStart : undefined;
  return instant !== undefined ? { start: instant, end: instant + 30 * 60_000 } : null;
}

function hiddenText(chip: Element): string {
  const hidden = chip.querySelector(S.CHIP_HIDDEN_TEXT);
  return (hidden?.textContent ?? chip.textContent ?? '').trim();
}
