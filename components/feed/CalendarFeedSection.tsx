import { useCalendarFeed } from '@/utils/feed/use-calendar-feed';
import { CalendarFeed } from './CalendarFeed';

/** The options page mounts this: the feed form wired to storage and the background. */
export function CalendarFeedSection() {
  const feed = useCalendarFeed();
  return <CalendarFeed savedUrl={feed.savedUrl} state={feed.state} onSave={feed.save} onRemove={feed.remove} onRefresh={feed.refresh} />;
}
