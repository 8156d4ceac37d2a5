import { checkSession } from '../shared/domain/session/validate-session';
import { describeIssue } from '../shared/i18n/describe-issue';
import { CliInputError, type CliContext } from './cli-context';
import { readJsonFile } from './read-json-file';

/** At most this many problems are listed; the count says how many there are. */
const LISTED_ISSUES = 50;

/** Reads and checks a session file; stops with every problem (file, sheet, field) when it is invalid. */
export function loadSession(ctx: CliContext, file: string) {
  const input = readJsonFile(ctx, file);
  const checked = checkSession(input, (id) => ctx.packs.get(id));
  if (checked.ok) return checked;
  const lines = checked.issues.slice(0, LISTED_ISSUES).map((found) => `  - ${describeIssue(found, ctx.t, input)}`);
  if (checked.issues.length > LISTED_ISSUES) {
    lines.push(`  ${ctx.t('rubric.import.moreIssues', { count: checked.issues.length - LISTED_ISSUES })}`);
  }
  throw new CliInputError([
    ctx.t('cli.invalidFile', { file, count: checked.issues.length }),
    ...lines,
    ctx.t('cli.fixAndRetry'),
  ]);
}
