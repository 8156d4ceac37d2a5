/**
 * A problem found in user data (a session file, a rubric pack), described without words so that every
 * edge (CLI, main, renderer) can say it in the user's language. `key` names a message of the i18n
 * catalogue under `issue.`; `params` fill it.
 */
export interface DomainIssue {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
  /** Where in the file: object keys and array indexes from the root. */
  readonly path: readonly (string | number)[];
}

export function issue(
  key: string,
  path: readonly (string | number)[],
  params: Record<string, string | number> = {},
): DomainIssue {
  return { key, path, params };
}

/** Renders a path as a reader can follow it in the file: `sheets[3].choices["A-1.1"]`. */
export function formatIssuePath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}
