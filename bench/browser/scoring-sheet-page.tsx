/**
 * Runs in Chromium (bundled by bench/benches/scoring-keystrokes.ts): the scoring sheet alone, with a
 * parent that keeps its answers in memory as the session screens keep them in the database. Exposes
 * `window.mountScoringSheet(set, options)` and `window.sheetState()`.
 */
import { useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { ScoringSheet } from '../../src/renderer/src/features/scoring/ScoringSheet';
import { initI18n } from '../../src/renderer/src/i18n/i18n';
import type { RubricSet } from '../../src/shared/domain/rubric/rubric-pack.schema';
import type { Choice } from '../../src/shared/domain/session/session-file.schema';
import '../../src/renderer/src/styles/app.css';
import type { ScoringSheetHarness, SheetHarnessOptions, SheetHarnessState } from '../lib/scoring-harness-types';

type Choices = Record<string, Choice>;

/** What the sheet has reported so far: the parent's copy, updated in the callbacks themselves. */
let state: SheetHarnessState = { choices: {}, comment: '', submitted: false, submits: 0, events: 0 };
let root: Root | null = null;

function Harness({ set, options }: { set: RubricSet; options: SheetHarnessOptions }) {
  const [choices, setChoices] = useState<Choices>(() => ({ ...(options.choices ?? {}) }));
  const [comment, setComment] = useState(options.comment ?? '');
  return (
    <main className="main" style={{ maxWidth: 1180 }}>
      <ScoringSheet
        set={set}
        choices={choices}
        comment={comment}
        readOnly={options.readOnly}
        compareWith={options.compareWith}
        autoFocus={options.autoFocus ?? true}
        header={
          options.header ? (
            <div className="card">
              <strong>{options.header.member}</strong> · {options.header.product} · {options.header.round}
            </div>
          ) : undefined
        }
        onChoose={(id, choice) => {
          const next = { ...state.choices };
          if (choice === undefined) delete next[id];
          else next[id] = choice;
          state = { ...state, choices: next, events: state.events + 1 };
          setChoices(next);
        }}
        onComment={(text) => {
          state = { ...state, comment: text, events: state.events + 1 };
          setComment(text);
        }}
        onSubmit={() => {
          state = { ...state, submitted: true, submits: state.submits + 1 };
        }}
      />
    </main>
  );
}

const harness: ScoringSheetHarness = {
  mountScoringSheet(set, options = {}) {
    initI18n(options.language ?? 'vi');
    root?.unmount();
    document.body.replaceChildren();
    window.scrollTo(0, 0);
    document.body.style.background = 'var(--canvas)';
    const container = document.createElement('div');
    document.body.append(container);
    state = {
      choices: { ...(options.choices ?? {}) },
      comment: options.comment ?? '',
      submitted: false,
      submits: 0,
      events: 0,
    };
    root = createRoot(container);
    flushSync(() => root?.render(<Harness set={set} options={options} />));
  },
  sheetState: () => state,
  focusedCriterion() {
    const box = document.activeElement?.closest<HTMLElement>('[data-sheet-index]');
    return box ? Number(box.dataset['sheetIndex']) : -1;
  },
};

Object.assign(globalThis, harness);
