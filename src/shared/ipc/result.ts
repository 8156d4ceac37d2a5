/** Why a request failed at the IPC boundary; `key` and `params` say it in the user's language (i18n). */
export interface IpcError {
  readonly code: 'forbidden' | 'unknown-channel' | 'invalid-payload' | 'failed';
  /** English, for logs. */
  readonly message: string;
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Every IPC reply: errors travel as data, because thrown errors lose their fields over IPC. */
export type IpcResult<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: IpcError };
