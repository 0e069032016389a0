import { defineBackground } from '#imports';

export default defineBackground(() => {
  // Messaging, alarms and the optional calendar feed live here; no business logic.
});
