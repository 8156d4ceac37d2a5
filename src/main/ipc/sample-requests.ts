/**
 * Test support, never imported by production code: one minimal VALID request per channel, which the
 * all-channels dispatcher test mutates into malformed ones (so each refusal is caused by the mutation, not
 * by an already invalid base). A channel added to channels.ts without a sample here fails that test.
 */
import type { z } from 'zod';
import { DEFAULT_CERTIFICATE_TEMPLATE } from '../../shared/documents/certificate-template';
import type { Channel } from '../../shared/ipc/channels';
import type { REQUEST_SCHEMAS } from '../../shared/ipc/schemas';

export type SampleRequests = { readonly [C in Channel]?: z.input<(typeof REQUEST_SCHEMAS)[C]> };

const SESSION_ID = 'session-1';
const STAMP = '2026-11-29T08:00:00.000Z';

const documentsStart = {
  kinds: ['blank-sheets'],
  session: {
    id: SESSION_ID,
    councilName: 'Hội đồng OCOP huyện Tam Đường',
    roundId: null,
    title: 'Phiên chấm đợt 1',
    profile: 'district-2023',
    pack: { id: '148/2023', version: 1 },
    rules: { spreadThreshold: 10, quorumFraction: 0.75, chairRequired: true, markerRule: 'majority' },
    date: '2026-11-29',
    place: 'Tam Đường',
    members: [
      {
        memberId: 'm1',
        name: 'Nguyễn Văn An',
        role: 'chair',
        title: 'Phó Chủ tịch UBND huyện',
        scores: true,
        present: true,
        pinHash: null,
        packetKey: 'a'.repeat(64),
      },
    ],
    products: [],
    phase: 'preparing',
    revealedAt: null,
    confirmation: null,
    finalisedAt: null,
    remoteMember: null,
    createdAt: STAMP,
    updatedAt: STAMP,
  },
  sheets: [],
  finalised: null,
  council: {
    councilName: 'Hội đồng OCOP huyện Tam Đường',
    authority: 'UBND huyện Tam Đường',
    placeName: 'Tam Đường',
    signers: [],
    numbers: { minutes: '{{n}}/BB-HĐOCOP', submission: '{{n}}/TTr-HĐOCOP', decision: '{{n}}/QĐ-UBND' },
  },
  language: 'vi',
  options: {
    date: null,
    decision: null,
    numbering: { minutes: null, submission: null, certificateStart: null },
    certificateTemplate: { ...DEFAULT_CERTIFICATE_TEMPLATE },
    certificates: [],
    producerAddresses: {},
  },
  folderToken: null,
};

export const SAMPLE_REQUESTS: SampleRequests = {
  'app:info': undefined,
  'rubric:list': undefined,
  'rubric:get-set': { pack: '26/2026', set: 11 },
  'rubric:get-pack': { pack: '148/2023', version: 1 },
  'rubric:import': { fileName: 'bo-tieu-chi.json', text: '{}' },
  'exchange:template': undefined,
  'exchange:read-workbook': { fileName: 'so-lieu.xlsx', base64: 'UEsDBA==' },
  'exchange:export-workbook': {
    today: '2026-11-29',
    council: null,
    members: [],
    producers: [],
    products: [],
    dossiers: [],
    rounds: [],
    certificates: [],
    revocations: [],
    planTargets: [],
  },
  'documents:start': documentsStart,
  'documents:status': { jobId: '0b6f5a1e-6c1d-4e0a-9d59-2f8f0c6e7a11' },
  'documents:cancel': { jobId: '0b6f5a1e-6c1d-4e0a-9d59-2f8f0c6e7a11' },
  'documents:choose-folder': undefined,
  'documents:list': { sessionId: SESSION_ID },
  'documents:open': { sessionId: SESSION_ID, file: 'bien-ban.pdf' },
  'documents:read': { sessionId: SESSION_ID, file: 'bien-ban.pdf' },
  'documents:copy-to-folder': { sessionId: SESSION_ID, files: ['bien-ban.pdf'], folderToken: 'f'.repeat(32) },
  'snapshots:write': { reason: 'manual', text: '{}' },
  'snapshots:list': undefined,
  'snapshots:read': { name: '2026-07-20T08-30-00-000Z-finalise.archive.json' },
  'snapshots:folder': undefined,
};
