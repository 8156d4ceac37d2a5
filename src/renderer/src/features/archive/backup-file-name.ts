/** The backup file's name: `ocop-council-<date>.archive.json` (the demo workspace says so). */
export function backupFileName(workspace: string, today: string): string {
  return `ocop-council${workspace === 'main' ? '' : `-${workspace}`}-${today}.archive.json`;
}
