import { organisationsAt, standardsAt } from 'cancer-alliance-framework/programme';

/**
 * The programme data's own notices for a day, one "Note:" line each: when the day lies after the day the organisations
 * or the standards data were last checked (their `asAt`), changes since then are not in them. None otherwise.
 */
export function asAtNotes(day: Date): readonly string[] {
  const notices = [organisationsAt(day).notice, standardsAt(day).notice].filter((notice): notice is string => notice !== null);
  return notices.map((notice) => `Note: ${notice}`);
}
