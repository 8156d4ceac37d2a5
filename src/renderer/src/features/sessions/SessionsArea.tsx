import { MemberLaptopScreen } from './laptop/MemberLaptopScreen';
import { NewSessionScreen } from './conduct/NewSessionScreen';
import { SessionList } from './conduct/SessionList';
import { SessionScreen } from './SessionScreen';

/**
 * The sessions area: `#/sessions` the list, `#/sessions/new` a new session, `#/sessions/member` a member's
 * own laptop (open a member kit), `#/sessions/<id>[/<tab>]` one session.
 */
export function SessionsArea({ path }: { path: readonly string[] }) {
  const [first, tab] = path;
  if (first === undefined) return <SessionList />;
  if (first === 'new') return <NewSessionScreen />;
  if (first === 'member') return <MemberLaptopScreen />;
  return <SessionScreen sessionId={first} tab={tab} />;
}
