/** A grid day's load mark: a small pill, its numbers in the tooltip and for screen readers. */
export function DayLoadMark(props: { level: 'ok' | 'heavy' | 'overloaded'; meetings: number; meetingMinutes: number }) {
  const hours = Math.round((props.meetingMinutes / 60) * 10) / 10;
  const text = `${props.level === 'overloaded' ? 'Overloaded' : 'Heavy'} day: ${props.meetings} meetings, ${hours} h`;
  return (
    <span className={`mark ${props.level}`} title={text} role="img" aria-label={text}>
      {props.level === 'overloaded' ? '●●' : '●'}
    </span>
  );
}
