import type { TeamDiff } from '@/utils/team/team-diff';
import { listNames } from '@/utils/team/team-diff';
import type { Person } from '@/utils/team/types';

export type ImportOutcome =
  | { kind: 'ok'; fileName: string; notices: string[]; diff: TeamDiff; previous: Person[] }
  | { kind: 'error'; fileName: string; problems: string[]; notices: string[] }
  | { kind: 'undone' };

/** CONTRACT.md §2 `import-result`: data-outcome ok | error, and every problem in the text. */
export function ImportResult({ outcome, onUndo }: { outcome: ImportOutcome; onUndo(previous: Person[]): void }) {
  if (outcome.kind === 'undone') {
    return (
      <div className="op-result op-result--info" role="status">
        The import was undone: your team is as it was before.
      </div>
    );
  }
  if (outcome.kind === 'error') {
    const n = outcome.problems.length;
    return (
      <div className="op-result op-result--error" data-baton="import-result" data-outcome="error" role="alert">
        <p className="op-result__title">
          Nothing was imported: {outcome.fileName} has {n === 1 ? 'a problem' : `${n.toLocaleString()} problems`}. Your team is unchanged.
        </p>
        <ul className="op-result__list">
          {outcome.problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
        <Notices notices={outcome.notices} />
      </div>
    );
  }
  const { diff } = outcome;
  const total = diff.added.length + diff.updated.length + diff.unchanged.length;
  return (
    <div className="op-result op-result--ok" data-baton="import-result" data-outcome="ok" role="status">
      <p className="op-result__title">
        Imported {total.toLocaleString()} {total === 1 ? 'person' : 'people'} from {outcome.fileName}.
      </p>
      <Changes diff={diff} />
      <Notices notices={outcome.notices} />
      <button type="button" className="b-button" onClick={() => onUndo(outcome.previous)}>
        Undo this import
      </button>
    </div>
  );
}

export function ImportPreview({
  fileName,
  diff,
  notices,
  onApply,
  onCancel,
}: {
  fileName: string;
  diff: TeamDiff;
  notices: string[];
  onApply(): void;
  onCancel(): void;
}) {
  return (
    <div className="op-result op-result--preview" data-baton="import-preview" role="region" aria-label="Import preview">
      <p className="op-result__title">{fileName} is good. Applying it will make these changes:</p>
      <Changes diff={diff} />
      <Notices notices={notices} />
      <div className="op-editor__actions">
        <button type="button" className="b-button b-button--primary" onClick={onApply}>
          Apply
        </button>
        <button type="button" className="b-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function Changes({ diff }: { diff: TeamDiff }) {
  const lines: Array<[string, string, Person[]]> = [
    ['added', 'Added', diff.added],
    ['updated', 'Updated', diff.updated.map((u) => u.after)],
    ['removed', 'Removed', diff.removed],
    ['unchanged', 'Unchanged', diff.unchanged],
  ];
  return (
    <dl className="op-changes">
      {lines.map(([key, label, people]) => (
        <div key={key} className={`op-changes__item op-changes__item--${key}`} data-change={key} data-count={people.length}>
          <dt>
            {label}: {people.length.toLocaleString()}
          </dt>
          <dd>{people.length > 0 && key !== 'unchanged' ? listNames(people) : null}</dd>
        </div>
      ))}
    </dl>
  );
}

function Notices({ notices }: { notices: string[] }) {
  if (notices.length === 0) return null;
  return (
    <ul className="op-result__notices" aria-label="Notices">
      {notices.map((n, i) => (
        <li key={i}>{n}</li>
      ))}
    </ul>
  );
}
