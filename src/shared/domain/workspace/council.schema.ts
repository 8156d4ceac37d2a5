import { z } from 'zod';
import { profileIdSchema, sessionRulesSchema } from '../session/session-file.schema';
import { idField, isoDateField, optionalText, requiredText, timestampField } from './fields';

export const councilLevelSchema = z.enum(['district', 'province']);

/** Who signs the council's documents, as the documents print them. */
export const signerSchema = z.strictObject({
  role: z.enum(['council-chair', 'council-secretary', 'authority-head']),
  /** e.g. "CHỦ TỊCH HỘI ĐỒNG", "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH". */
  title: requiredText(200),
  name: requiredText(120),
});

/** Patterns of the council's document numbers; `{{n}}` is the sequence number, `{{year}}` the year. */
export const documentNumbersSchema = z.strictObject({
  minutes: requiredText(60),
  submission: requiredText(60),
  decision: requiredText(60),
});

export const DEFAULT_DOCUMENT_NUMBERS: z.infer<typeof documentNumbersSchema> = {
  minutes: '{{n}}/BB-HĐOCOP',
  submission: '{{n}}/TTr-HĐOCOP',
  decision: '{{n}}/QĐ-UBND',
};

/** The council a workspace belongs to: its regulation profile, who it is, and its rules of procedure. */
export const councilSchema = z.strictObject({
  id: idField,
  profile: profileIdSchema,
  level: councilLevelSchema,
  /** "huyện Tam Đường", "tỉnh Lai Châu". */
  unitName: requiredText(200),
  /** "Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Tam Đường". */
  councilName: requiredText(300),
  /** The issuing authority printed on documents: "Ủy ban nhân dân huyện Tam Đường". */
  authority: requiredText(200),
  establishingDecision: z.strictObject({ number: requiredText(60), date: isoDateField }),
  /** The council's rules of procedure (Quy chế): quorum, chair, spread threshold, marker rule. */
  rules: sessionRulesSchema,
  /** Place name on documents: "Tam Đường, ngày … tháng … năm …". */
  placeName: requiredText(100),
  /** "Tổ giúp việc" (district, 148) or "Tổ tư vấn" (province, 26/2026). */
  helperGroupName: requiredText(100),
  signers: z.array(signerSchema).max(10),
  /** Absent until the council sets its own: DEFAULT_DOCUMENT_NUMBERS apply. */
  documentNumbers: documentNumbersSchema.optional(),
  notes: optionalText(),
  createdAt: timestampField,
  updatedAt: timestampField,
});

export type CouncilLevel = z.infer<typeof councilLevelSchema>;
export type Signer = z.infer<typeof signerSchema>;
export type Council = z.infer<typeof councilSchema>;
/** What the setup form and the settings form edit. */
export const councilInputSchema = councilSchema.omit({ id: true, createdAt: true, updatedAt: true });
export type CouncilInput = z.input<typeof councilInputSchema>;
