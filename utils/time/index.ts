/** The time engine: pure functions of schedules, instants and zones (no DOM, no browser.*). */
export * from './types';
export { calendarFromTable, NO_HOLIDAYS, type HolidayCalendar, type HolidayTable } from './holidays';
export { DAY, HOUR, MINUTE, instantOfWall, isValidZone, localDayNumber, localWallTime, offsetAt, toIsoUtcMinute, wallAt } from './zone';
export { cityOf, formatOffset, zoneAbbr } from './names';
export { dayOffOn, intersectSpans, isWorkingAt, scheduleOf, workingSpans, type DayOff, type ScheduleFields, type Spans } from './schedule';
export { nextWorkStart, statusAt } from './status';
export { suggestSendTime, type Recipient, type RecipientAt, type SendInput, type SendSuggestion, type SendVerdict } from './send';
export { fairSlots, meetingFit, type FairSlotsInput, type GuestFit, type MeetingInput, type SlotRank } from './meeting';
export { dstShifts, readableDate, type DstInput, type DstShift } from './dst';
export { occurrenceDays, occurrences, WEEKLY, type RecurrenceRule } from './recurrence';
export { meetingLoad, type LoadInput, type MeetingLoad } from './load';
export { asyncSignals, isStatusTitle, type AsyncInput, type AsyncReason } from './async-signals';
