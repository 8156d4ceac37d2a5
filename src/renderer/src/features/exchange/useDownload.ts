import { useCallback, useState } from 'react';
import { council, CouncilRequestError } from '../../app/council-client';
import { downloadFile } from './file-transfer';

export type DownloadState =
  | { readonly step: 'idle' | 'busy' }
  | { readonly step: 'done'; readonly fileName: string }
  | { readonly step: 'error'; readonly key: string; readonly params: Readonly<Record<string, string | number>> };

/** Asks main for a file (the template, an export) and hands it to the user as a download. */
export function useDownload(make: () => Promise<{ fileName: string; base64: string }>) {
  const [state, setState] = useState<DownloadState>({ step: 'idle' });
  const run = useCallback(async () => {
    setState({ step: 'busy' });
    try {
      const file = await make();
      downloadFile(file.fileName, file.base64);
      setState({ step: 'done', fileName: file.fileName });
    } catch (error) {
      if (error instanceof CouncilRequestError)
        setState({ step: 'error', key: error.error.key, params: error.error.params });
      else setState({ step: 'error', key: 'exchange.import.requestFailed', params: { detail: String(error) } });
    }
  }, [make]);
  return { state, run };
}

/** The import template, downloaded. */
export function useTemplateDownload() {
  return useDownload(council.exchangeTemplate);
}
