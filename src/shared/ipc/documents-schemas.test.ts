import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from '../documents';
import { DEFAULT_CERTIFICATE_TEMPLATE } from '../documents/certificate-template';
import {
  certificateTemplateSchema,
  DOCUMENT_KIND_IDS,
  documentsStartSchema,
  MAX_START_REQUEST_CHARS,
} from './documents-schemas';

describe('the documents request schemas', () => {
  it('offer exactly the kinds the document builders make', () => {
    expect([...DOCUMENT_KIND_IDS]).toEqual([...DOCUMENT_KINDS]);
  });

  it('accept the default certificate template and refuse a pattern without {{n}}', () => {
    expect(certificateTemplateSchema.safeParse(DEFAULT_CERTIFICATE_TEMPLATE).success).toBe(true);
    expect(certificateTemplateSchema.safeParse({ ...DEFAULT_CERTIFICATE_TEMPLATE, numberPattern: 'GCN' }).success).toBe(
      false,
    );
  });

  it('refuse a start request larger than the limit before reading its fields', () => {
    const result = documentsStartSchema.safeParse({ kinds: ['tally'], padding: 'x'.repeat(MAX_START_REQUEST_CHARS) });
    expect(result.error?.issues.map((i) => i.message)).toEqual(['request too large']);
  });
});
