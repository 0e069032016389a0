import { useRef, useState, type ChangeEvent } from 'react';
import { exportTeamCsv, exportTeamJson, teamFileName } from '@/utils/team/export-team-file';
import { parseTeamFileBlob, type TeamFileResult } from '@/utils/team/parse-team-file';
import { diffPeople, type TeamDiff } from '@/utils/team/team-diff';
import { withImportedPeople } from '@/utils/team/team-edits';
import type { Person, Team } from '@/utils/team/types';
import { ImportPreview, ImportResult, type ImportOutcome } from './ImportResult';
import type { OptionsActions } from './types';

interface Props {
  team: Team;
  actions: OptionsActions;
  /** Stored values Baton could not read, kept for export (utils/storage.ts's unreadableItem). */
  unreadable: Record<string, unknown>;
}

/**
 * Import replaces the team's people with the file's (domain rules and settings stay), because
 * export → import must give the same team exactly. It is applied at once when the file is good,
 * and the result lists what changed with an Undo; "Show changes first" turns that into a preview
 * with Apply / Cancel. A file with any bad row changes nothing.
 */
/** A starting point for a spreadsheet: every column, a day shift, an overnight shift, a name-only row. */
const TEMPLATE_CSV = [
  'email,name,timeZone,workStart,workEnd,workDays,country',
  'aiko@example.com,Aiko Tanaka,Asia/Tokyo,09:00,18:00,Mon-Fri,JP',
  'night@example.com,"Rivera, Sam",America/New_York,22:00,06:00,Sun-Thu,US',
  ',Marta,Europe/Berlin,,,,DE',
  '',
].join('\r\n');

export function ImportExportSection({ team, actions, unreadable }: Props) {
  const [previewFirst, setPreviewFirst] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [pending, setPending] = useState<{ fileName: string; parsed: TeamFileResult; diff: TeamDiff } | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const apply = async (fileName: string, parsed: TeamFileResult) => {
    let diff: TeamDiff | null = null;
    const before = await actions.updateTeam((current) => {
      diff = diffPeople(current.people, parsed.people);
      return withImportedPeople(current, parsed.people);
    });
    setOutcome({ kind: 'ok', fileName, notices: parsed.notices, diff: diff ?? diffPeople(before.people, parsed.people), previous: before.people });
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setPending(null);
    try {
      const parsed = await parseTeamFileBlob(file);
      if (!parsed.ok) setOutcome({ kind: 'error', fileName: file.name, problems: parsed.problems, notices: parsed.notices });
      else if (previewFirst) {
        setOutcome(null);
        setPending({ fileName: file.name, parsed, diff: diffPeople(team.people, parsed.people) });
      } else await apply(file.name, parsed);
    } catch (error) {
      setOutcome({ kind: 'error', fileName: file.name, problems: [`The file could not be read: ${error instanceof Error ? error.message : String(error)}`], notices: [] });
    } finally {
      setBusy(false);
      // Choosing the same file again (after fixing it) must fire change again.
      input.value = '';
    }
  };

  const undo = async (previous: Person[]) => {
    await actions.updateTeam((current) => ({ ...current, people: previous }));
    setOutcome({ kind: 'undone' });
  };

  const exportAs = (format: 'json' | 'csv') => {
    if (format === 'json') actions.download(teamFileName('json'), 'application/json', exportTeamJson(team));
    else actions.download(teamFileName('csv'), 'text/csv', exportTeamCsv(team));
  };

  const unreadableKeys = Object.keys(unreadable);
  return (
    <section id="import" className="op-section" aria-labelledby="import-heading">
      <div className="op-section__head">
        <h2 id="import-heading">Import / export</h2>
        <p className="op-hint">
          A team file is CSV or JSON with the columns <code>email</code>, <code>name</code>, <code>timeZone</code>, <code>workStart</code>,{' '}
          <code>workEnd</code>, <code>workDays</code> and <code>country</code> (only <code>timeZone</code> and an email or name are required).{' '}
          <strong>Importing replaces your team</strong> with the people in the file; domain rules and settings stay. A file with any bad
          row changes nothing, and every bad row is listed (for JSON, rows count as in the CSV: the first person is row 2).
        </p>
      </div>
      <div className="op-import">
        <div className="op-file">
          <input
            ref={inputRef}
            id="team-file"
            className="op-file__input"
            type="file"
            accept=".csv,.json,.txt,text/csv,application/json,text/plain"
            data-baton-action="import"
            onChange={(e) => void onFile(e)}
          />
          <label htmlFor="team-file" className="b-button b-button--primary op-file__label">
            {busy ? 'Reading…' : 'Import a team file…'}
          </label>
        </div>
        <label className="op-check">
          <input type="checkbox" checked={previewFirst} onChange={(e) => setPreviewFirst(e.currentTarget.checked)} />
          Show the changes first, then Apply or Cancel
        </label>
      </div>
      {pending ? (
        <ImportPreview
          fileName={pending.fileName}
          diff={pending.diff}
          notices={pending.parsed.notices}
          onApply={() => {
            const { fileName, parsed } = pending;
            setPending(null);
            void apply(fileName, parsed);
          }}
          onCancel={() => setPending(null)}
        />
      ) : null}
      {outcome ? <ImportResult outcome={outcome} onUndo={(previous) => void undo(previous)} /> : null}
      <div className="op-export">
        <button type="button" className="b-button" data-baton-action="export" onClick={() => exportAs('json')}>
          Export JSON
        </button>
        <button type="button" className="b-button" onClick={() => exportAs('csv')}>
          Export CSV
        </button>
        <button
          type="button"
          className="b-button b-button--link op-template"
          onClick={() => actions.download('baton-team-template.csv', 'text/csv', TEMPLATE_CSV)}
        >
          Download a template CSV
        </button>
        {unreadableKeys.length > 0 ? (
          <button
            type="button"
            className="b-button"
            onClick={() => actions.download('baton-unreadable-data.json', 'application/json', JSON.stringify(unreadable, null, 2))}
          >
            Export unreadable stored data ({unreadableKeys.join(', ')})
          </button>
        ) : null}
      </div>
    </section>
  );
}
