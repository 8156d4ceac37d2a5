import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DocumentDefinition } from '../../shared/documents/pdf-definition';

/** The font family every document uses: Tinos (metric-compatible with Times New Roman, full Vietnamese). */
export const DOCUMENT_FONT = 'Tinos';

let configuredFor: string | null = null;

/**
 * Points pdfmake at the Tinos files in `fontsDir` (resources/fonts, or process.resourcesPath/fonts when
 * packaged) and closes it to everything else: no URL is fetched and no other local file is read.
 */
export function configurePdfmake(fontsDir: string): void {
  if (configuredFor === fontsDir) return;
  const file = (name: string) => path.join(fontsDir, name);
  const allowed = new Set(
    ['Tinos-Regular.ttf', 'Tinos-Bold.ttf', 'Tinos-Italic.ttf', 'Tinos-BoldItalic.ttf'].map(file),
  );
  pdfmake.setFonts({
    [DOCUMENT_FONT]: {
      normal: file('Tinos-Regular.ttf'),
      bold: file('Tinos-Bold.ttf'),
      italics: file('Tinos-Italic.ttf'),
      bolditalics: file('Tinos-BoldItalic.ttf'),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((requested) => allowed.has(path.resolve(requested)));
  configuredFor = fontsDir;
}

/** Renders a document definition (from src/shared/documents) to PDF bytes. */
export async function renderPdf(definition: DocumentDefinition, fontsDir: string): Promise<Buffer> {
  configurePdfmake(fontsDir);
  // The shared definition is a subset of pdfmake's format (see pdf-definition.ts).
  return pdfmake.createPdf(definition as unknown as TDocumentDefinitions).getBuffer();
}
