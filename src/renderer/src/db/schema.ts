/**
 * Every version of the database schema, oldest first. Append-only: a published version is never edited;
 * a change is a new version with its upgrade and a test that opens the previous version with data,
 * upgrades, and compares (schema.test.ts).
 */
export const SCHEMA_VERSIONS = [
  {
    version: 1,
    stores: { settings: 'key' },
  },
  {
    version: 2,
    // The council workspace (issue 3), and the session tables the scoring flow fills.
    stores: {
      councils: 'id',
      members: 'id, body',
      producers: 'id, *searchWords, type, communeCode',
      products: 'id, *searchWords, producerId, productSet, code',
      dossiers: 'id, productId, year, [year+attempt], precheck.outcome',
      rounds: 'id, year, [year+number]',
      certificates: 'id, productId, validUntil',
      revocations: 'id, certificateId',
      planTargets: 'year',
      sessions: 'id, roundId',
      sheets: 'id, sessionId, [sessionId+productId], [sessionId+memberId]',
    },
  },
  {
    version: 3,
    // The council session (issue 4): sessions by phase, append-only sheet events with the sheets they fold
    // into, the session's audit log, and the finalised results' versions.
    stores: {
      sessions: 'id, roundId, phase, date',
      sheetEvents: 'id, sessionId, [sessionId+seq]',
      sessionEvents: 'id, sessionId, [sessionId+seq]',
      resultVersions: 'id, sessionId, [sessionId+version]',
    },
  },
] as const;

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
