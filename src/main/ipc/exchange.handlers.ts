import { exportFileName, TEMPLATE_FILE_NAME } from '../../shared/domain/exchange/export-data';
import { createI18n, translator } from '../../shared/i18n/create-i18n';
import { buildExportWorkbook } from '../exchange/export-workbook';
import { readImportWorkbook } from '../exchange/read-workbook';
import { workbookBase64 } from '../exchange/sheet-style';
import { buildTemplate } from '../exchange/template-workbook';
import type { HandlerMap } from './dispatcher';

type ExchangeHandlers = Pick<HandlerMap, 'exchange:template' | 'exchange:read-workbook' | 'exchange:export-workbook'>;

/**
 * The exchange area: the import template, reading an import workbook into rows, and the export of every
 * register. The files are Vietnamese whatever the interface language (they go to communes and districts).
 */
export function exchangeHandlers(): ExchangeHandlers {
  const t = translator(createI18n('vi'));
  return {
    'exchange:template': async () => ({ fileName: TEMPLATE_FILE_NAME, base64: await workbookBase64(buildTemplate(t)) }),
    'exchange:read-workbook': ({ fileName, base64 }) => readImportWorkbook(fileName, Buffer.from(base64, 'base64')),
    'exchange:export-workbook': async (data) => ({
      fileName: exportFileName(data.today),
      base64: await workbookBase64(buildExportWorkbook(t, data)),
    }),
  };
}
