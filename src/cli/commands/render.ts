import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseIsoDate, type IsoDate } from '../../shared/domain/dates/iso-date';
import { documentCouncilFromFile } from '../../shared/documents/council-from-file';
import { documentDataFromFile } from '../../shared/documents/document-data';
import {
  buildDocuments,
  DOCUMENT_KINDS,
  isDocumentKind,
  missingDocumentOptions,
  type BuiltDocument,
  type DocumentOptions,
} from '../../shared/documents';
import type { DocumentContext } from '../../shared/documents/document-context';
import { countPdfPages, renderPdf } from '../../main/pdf/pdf-renderer';
import { createPdfPool, defaultPoolSize, type RenderedPdf } from '../../main/pdf/pdf-pool';
import { CliInputError, type CliContext } from '../cli-context';
import { loadSession } from '../load-session';

/** The Tinos files shipped with the app, as the repository holds them. */
export const BUNDLED_FONTS_DIR = path.resolve(__dirname, '..', '..', '..', 'resources', 'fonts');

export interface RenderArguments {
  readonly file: string;
  readonly doc: string | undefined;
  readonly out: string | undefined;
  readonly title: string | undefined;
  readonly date: string | undefined;
  readonly decisionNumber: string | undefined;
  readonly decisionDate: string | undefined;
  /** Today, for the date printed when --date is not given. */
  readonly today: IsoDate;
  readonly fontsDir?: string;
}

function isoDate(ctx: CliContext, option: string, value: string | undefined): IsoDate | null {
  if (value === undefined) return null;
  const date = parseIsoDate(value);
  if (date === null) throw new CliInputError([ctx.t('cli.render.badDate', { option, value }), '', ctx.t('cli.usage')]);
  return date;
}

/** Renders on a small pool of threads when there are several files, else here (a thread costs ~0.3 s to start). */
async function renderAll(documents: readonly BuiltDocument[], fontsDir: string): Promise<RenderedPdf[]> {
  if (documents.length <= 1) {
    return Promise.all(
      documents.map(async (d) => {
        const pdf = await renderPdf(d.definition, fontsDir);
        return { pdf, pages: countPdfPages(pdf) };
      }),
    );
  }
  const pool = createPdfPool({ fontsDir, size: Math.min(defaultPoolSize(), documents.length) });
  try {
    // Largest first, so that the threads finish together.
    const order = documents
      .map((d, index) => ({ index, weight: JSON.stringify(d.definition.content).length }))
      .sort((a, b) => b.weight - a.weight);
    const rendered: RenderedPdf[] = new Array<RenderedPdf>(documents.length);
    await Promise.all(
      order.map(async ({ index }) => {
        const d = documents[index];
        if (d) rendered[index] = await pool.render(d.definition);
      }),
    );
    return rendered;
  } finally {
    await pool.close();
  }
}

/**
 * `render <session.json> --doc <kind> --out <dir>`: writes the same PDF files the app writes for that
 * kind of document, then one line per file (name, pages, SHA-256). Everything is rendered into a
 * temporary folder beside --out and moved into --out only when every file rendered, so an invalid input
 * or a failure writes nothing.
 */
export async function renderCommand(ctx: CliContext, args: RenderArguments): Promise<void> {
  const { t } = ctx;
  if (!isDocumentKind(args.doc)) {
    throw new CliInputError([
      args.doc === undefined
        ? t('cli.missingArgument', { what: t('cli.render.argumentDoc') })
        : t('cli.render.unknownDoc', { doc: args.doc, kinds: DOCUMENT_KINDS.join(', ') }),
      '',
      t('cli.usage'),
    ]);
  }
  if (args.out === undefined) {
    throw new CliInputError([t('cli.missingArgument', { what: t('cli.render.argumentOut') }), '', t('cli.usage')]);
  }
  const date = isoDate(ctx, '--date', args.date);
  const decisionDate = isoDate(ctx, '--decision-date', args.decisionDate);
  const options: DocumentOptions = { decision: { number: args.decisionNumber ?? null, date: decisionDate } };
  const missing = missingDocumentOptions(args.doc, options);
  if (missing.length > 0) throw new CliInputError([...missing.map((key) => t(key)), t('cli.render.decisionHint')]);

  const { session, pack } = loadSession(ctx, args.file);
  const data = documentDataFromFile(session, pack, {
    title: args.title ?? t('cli.render.defaultTitle'),
    date,
    place: '',
    sessionId: path.basename(args.file).replace(/\.json$/i, ''),
  });
  const docCtx: DocumentContext = {
    t,
    language: ctx.language,
    council: documentCouncilFromFile(t, session.council.name, data.members),
    date: date ?? args.today,
  };
  const documents = buildDocuments(args.doc, data, docCtx, options);
  const rendered = await renderAll(documents, args.fontsDir ?? BUNDLED_FONTS_DIR);

  const out = path.resolve(args.out);
  mkdirSync(path.dirname(out), { recursive: true });
  const staging = mkdtempSync(path.join(path.dirname(out), `.${path.basename(out)}-`));
  try {
    documents.forEach((d, i) => {
      const pdf = rendered[i]?.pdf;
      if (pdf) writeFileSync(path.join(staging, d.fileName), pdf);
    });
    mkdirSync(out, { recursive: true });
    for (const d of documents) renameSync(path.join(staging, d.fileName), path.join(out, d.fileName));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const lines = documents.map((d, i) => {
    const { pdf, pages } = rendered[i] ?? { pdf: Buffer.alloc(0), pages: 0 };
    return t('cli.render.file', {
      file: path.join(args.out ?? '', d.fileName),
      pages,
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });
  });
  if (documents.length === 0) lines.push(t('cli.render.nothing'));
  ctx.io.stdout(`${lines.join('\n')}\n`);
}
