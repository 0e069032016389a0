import type { ReactNode } from 'react';
import type { SyncPlacement } from '@/utils/storage';
import type { Settings, Team } from '@/utils/team/types';
import { DomainRulesSection } from './DomainRulesSection';
import { ImportExportSection } from './ImportExportSection';
import { PrivacySection } from './PrivacySection';
import { RulesSection } from './RulesSection';
import { StorageNotices } from './StorageNotices';
import { TeamSection } from './TeamSection';
import type { OptionsActions } from './types';
import { YouSection } from './YouSection';

export interface OptionsPageProps {
  ready: boolean;
  team: Team;
  settings: Settings;
  notices: string[];
  placement: SyncPlacement;
  unreadable: Record<string, unknown>;
  browserZone: string;
  actions: OptionsActions;
  /** The calendar-feed section (components/feed), which talks to the background itself. */
  feedSection?: ReactNode;
}

const NAV = [
  ['you', 'You'],
  ['team', 'Team'],
  ['domains', 'Domain rules'],
  ['import', 'Import / export'],
  ['rules', 'Rules'],
  ['feed', 'Calendar feed'],
  ['privacy', 'Privacy'],
] as const;

export function OptionsPage(props: OptionsPageProps) {
  const { team, settings, actions } = props;
  const myZone = settings.me.timeZone ?? props.browserZone;
  return (
    <div className="op-page">
      <a className="op-skip" href="#main">
        Skip to settings
      </a>
      <header className="op-header">
        <img className="op-logo" src="/icon/baton.svg" alt="" width={44} height={44} />
        <div>
          <h1>Baton</h1>
          <p>Your team, your hours and how Baton helps in Gmail, Google Calendar and Outlook.</p>
        </div>
      </header>
      <div className="op-layout">
        <nav className="op-nav" aria-label="Sections">
          <ul>
            {NAV.filter(([id]) => id !== 'feed' || props.feedSection).map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="op-main" aria-busy={!props.ready}>
          <StorageNotices notices={props.notices} placement={props.placement} />
          <YouSection settings={settings} browserZone={props.browserZone} actions={actions} />
          <TeamSection team={team} defaultZone={myZone} actions={actions} />
          <DomainRulesSection team={team} defaultZone={myZone} actions={actions} />
          <ImportExportSection team={team} actions={actions} unreadable={props.unreadable} />
          <RulesSection settings={settings} actions={actions} />
          {props.feedSection ? (
            <div id="feed" className="op-section op-section--feed">
              {props.feedSection}
            </div>
          ) : null}
          <PrivacySection />
        </main>
      </div>
    </div>
  );
}
