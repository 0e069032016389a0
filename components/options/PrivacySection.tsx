/** CONTRACT.md §4, in one paragraph. */
export function PrivacySection() {
  return (
    <section id="privacy" className="op-section" aria-labelledby="privacy-heading">
      <div className="op-section__head">
        <h2 id="privacy-heading">Privacy</h2>
      </div>
      <p>
        Baton stores your team (names, email addresses, time zones, hours, countries), your domain rules and these settings in
        your browser's extension storage; if they fit, your browser's own sync copies them to your other browsers signed in to
        the same profile. Nothing leaves your browser otherwise: Baton has no server and makes no network request, except
        fetching the calendar feed address you paste yourself. It reads the pages of Gmail, Google Calendar and Outlook only to
        show times next to what you are writing or scheduling, and keeps none of their content.
      </p>
    </section>
  );
}
