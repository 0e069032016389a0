import type { DayMap, TimeSpan } from '@/utils/calendar-days';
import { isVisible, wallToInstant } from './dom';
import { decodeDateKey, decodeEventId, isoDate, parseTimeRange, type CivilDate } from './parse';
import * as S from './selectors';

/**
 * Reads the week, day and month grids: for each visible day column or cell, the times of the
 * meetings in it (never titles). A chip's label is parsed once and cached by its text, so a
 * rescan after an unrelated mutation costs a walk over the chips and nothing more.
 */
export interface GridScan {
  /** Every visible day (even an empty one: an empty day is news too). */
  days: DayMap;
  /** Where each visible day's header is, for load marks. */
  headers: Array<{ day: string; anchor: Element }>;
  /** Chips seen, and how many of them had readable times. */
  chips: number;
  readable: number;
}

type Parsed = { start: number; end: number | null } | null;

export function createGridReader() {
  const labelCache = new Map<string, Parsed>();

  const parseLabel = (text: string): Parsed => {
    let parsed = labelCache.get(text);
    if (parsed === undefined) {
      parsed = parseTimeRange(text);
      if (labelCache.size > 2000) labelCache.clear();
      labelCache.set(text, parsed);
    }
    return parsed;
  };

  return function scanGrid(doc: Document, zone: string): GridScan {
    const days: DayMap = {};
    const headers: GridScan['headers'] = [];
    let chips = 0;
    let readable = 0;
    const cells = doc.querySelectorAll<HTMLElement>(S.DAY_CELL);
    for (const cell of cells) {
      const date = decodeDateKey(cell.getAttribute('data-datekey') ?? '');
      if (!date) continue;
      const day = isoDate(date);
      if (cell.matches(S.DAY_HEADER) || cell.closest(S.DAY_HEADER)) {
        headers.push({ day, anchor: cell.closest(S.DAY_HEADER) ?? cell });
        continue;
      }
      if (!isVisible(cell)) continue;
      const spans = (days[day] ??= []);
      for (const chip of cell.querySelectorAll<HTMLElement>(S.GRID_EVENT)) {
        // A chip nested in an inner day cell belongs to that cell.
        if (chip.closest(S.DAY_CELL) !== cell) continue;
        const id = chip.getAttribute('data-eventid') ?? '';
        if (id.startsWith(S.TASK_ID_PREFIX)) continue;
        chips++;
        const span = chipSpan(chip, id, date, zone, parseLabel);
        if (!span) continue;
        readable++;
        spans.push(span);
      }
    }
    // Month view: the cell's first line (the date number) is the header.
    if (headers.length === 0) {
      for (const cell of cells) {
        const date = decodeDateKey(cell.getAttribute('data-datekey') ?? '');
        const first = cell.firstElementChild;
        if (date && first && isVisible(cell)) headers.push({ day: isoDate(date), anchor: first });
      }
    }
    return { days, headers, chips, readable };
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
