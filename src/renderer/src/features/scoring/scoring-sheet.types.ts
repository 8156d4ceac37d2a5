import type { ReactNode } from 'react';
import type { RubricSet } from '../../../../shared/domain/rubric/rubric-pack.schema';
import type { Choice } from '../../../../shared/domain/session/session-file.schema';

/**
 * The scoring sheet is controlled: it holds no answers of its own and never touches the database. Every
 * change is reported at once through `onChoose` / `onComment` (the parent autosaves each one), and the
 * parent passes the saved state back in. Give it a React `key` per sheet (member, product, round) so the
 * focus starts afresh on each sheet.
 */
export interface ScoringSheetProps {
  /** The product set's form exactly as the rubric pack has it (variant lists, sub-criterion headings). */
  readonly set: RubricSet;
  /** Answers by criterion id: option index, `{variant, option}`, or null = none applies. Absent = not yet scored. */
  readonly choices: Readonly<Record<string, Choice>>;
  readonly comment: string;
  /** A new answer for a criterion; `undefined` clears it back to "not yet scored". */
  readonly onChoose: (criterionId: string, choice: Choice | undefined) => void;
  readonly onComment: (text: string) => void;
  /** Called only when every criterion is answered (and, with `compareWith`, nothing differs). The parent seals. */
  readonly onSubmit: () => void;
  /** A sealed sheet: shown with its answers ticked, nothing editable. (A set the pack marks incomplete is always read-only.) */
  readonly readOnly?: boolean;
  /**
   * Double entry: the other typist's answers. A criterion this entry answered differently is highlighted
   * with both values; submitting is refused while any differs.
   */
  readonly compareWith?: Readonly<Record<string, Choice>>;
  /** Shown above the sheet (member, product, round). */
  readonly header?: ReactNode;
  /** Put the focus on the first criterion not yet scored when the sheet opens. */
  readonly autoFocus?: boolean;
}
