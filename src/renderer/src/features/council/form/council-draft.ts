import type { z } from 'zod';
import { issue, type DomainIssue } from '../../../../../shared/domain/issues/domain-issue';
import { issuesFromZod } from '../../../../../shared/domain/issues/from-zod';
import type { MarkerRule, ProfileId } from '../../../../../shared/domain/session/session-file.schema';
import {
  councilInputSchema,
  type Council,
  type CouncilInput,
  type Signer,
} from '../../../../../shared/domain/workspace/council.schema';
import {
  councilNamesFor,
  defaultSignerTitle,
  levelOf,
  SIGNER_ROLES,
} from '../../../../../shared/domain/workspace/council-setup';

export type SignerRole = Signer['role'];

/** What the council forms edit: every field as the user types it, checked against the schema on save. */
export interface CouncilDraft {
  readonly profile: ProfileId;
  readonly unitName: string;
  readonly councilName: string;
  readonly authority: string;
  readonly decisionNumber: string;
  readonly decisionDate: string;
  readonly placeName: string;
  readonly helperGroupName: string;
  readonly quorumFraction: number;
  readonly chairRequired: boolean;
  readonly spreadThreshold: number;
  readonly markerRule: MarkerRule;
  readonly signers: Readonly<Record<SignerRole, { readonly title: string; readonly name: string }>>;
  readonly notes: string;
}

export type DraftChange = (patch: Partial<CouncilDraft>) => void;

function defaultSigners(): CouncilDraft['signers'] {
  return {
    'council-chair': { title: defaultSignerTitle('council-chair'), name: '' },
    'council-secretary': { title: defaultSignerTitle('council-secretary'), name: '' },
    'authority-head': { title: defaultSignerTitle('authority-head'), name: '' },
  };
}

/** A new council's draft: the profile's names and the usual rules (3/4, chair required, 10 points, majority). */
export function newDraft(profile: ProfileId): CouncilDraft {
  return {
    profile,
    unitName: '',
    councilName: '',
    authority: '',
    decisionNumber: '',
    decisionDate: '',
    placeName: '',
    helperGroupName: councilNamesFor(levelOf(profile), '').helperGroupName,
    quorumFraction: 0.75,
    chairRequired: true,
    spreadThreshold: 10,
    markerRule: 'majority',
    signers: defaultSigners(),
    notes: '',
  };
}

export function draftOf(council: Council): CouncilDraft {
  const signers = { ...defaultSigners() };
  for (const signer of council.signers) signers[signer.role] = { title: signer.title, name: signer.name };
  return {
    profile: council.profile,
    unitName: council.unitName,
    councilName: council.councilName,
    authority: council.authority,
    decisionNumber: council.establishingDecision.number,
    decisionDate: council.establishingDecision.date,
    placeName: council.placeName,
    helperGroupName: council.helperGroupName,
    quorumFraction: council.rules.quorumFraction,
    chairRequired: council.rules.chairRequired,
    spreadThreshold: council.rules.spreadThreshold,
    markerRule: council.rules.markerRule,
    signers,
    notes: council.notes,
  };
}

/** Keeps a derived field following its source while the user has not typed over it. */
function follow(current: string, before: string, after: string): string {
  return current.trim() === '' || current === before ? after : current;
}

/**
 * A new unit name, carrying the names derived from it (council, authority, place) along unless the user
 * changed them by hand.
 */
export function withUnitName(draft: CouncilDraft, unitName: string): Partial<CouncilDraft> {
  const level = levelOf(draft.profile);
  const before = councilNamesFor(level, draft.unitName);
  const after = councilNamesFor(level, unitName);
  return {
    unitName,
    councilName: follow(draft.councilName, before.councilName, after.councilName),
    authority: follow(draft.authority, before.authority, after.authority),
    placeName: follow(draft.placeName, before.placeName, after.placeName),
  };
}

/** A new profile, carrying the helper group's usual name along unless the user changed it. */
export function withProfile(draft: CouncilDraft, profile: ProfileId): Partial<CouncilDraft> {
  const before = councilNamesFor(levelOf(draft.profile), draft.unitName).helperGroupName;
  const after = councilNamesFor(levelOf(profile), draft.unitName).helperGroupName;
  return { profile, helperGroupName: follow(draft.helperGroupName, before, after) };
}

/** The signers that have a name, in document order. */
function signersOf(draft: CouncilDraft): { role: SignerRole; title: string; name: string }[] {
  return SIGNER_ROLES.filter((role) => draft.signers[role].name.trim() !== '').map((role) => ({
    role,
    ...draft.signers[role],
  }));
}

export function councilInputOf(draft: CouncilDraft): CouncilInput {
  return {
    profile: draft.profile,
    level: levelOf(draft.profile),
    unitName: draft.unitName,
    councilName: draft.councilName,
    authority: draft.authority,
    establishingDecision: { number: draft.decisionNumber, date: draft.decisionDate },
    rules: {
      quorumFraction: draft.quorumFraction,
      chairRequired: draft.chairRequired,
      spreadThreshold: draft.spreadThreshold,
      markerRule: draft.markerRule,
    },
    placeName: draft.placeName,
    helperGroupName: draft.helperGroupName,
    signers: signersOf(draft),
    notes: draft.notes,
  };
}

/** The form path of a signer's field (`signers["council-chair"].name`), as the issues name it after `issuesOf`. */
export const signerPath = (role: SignerRole, field: 'title' | 'name') => `signers["${role}"].${field}`;

/** Issues with a signer's index replaced by its role, so each lands on its own field. */
export function issuesOf(draft: CouncilDraft, found: readonly DomainIssue[]): DomainIssue[] {
  const signers = signersOf(draft);
  return found.map((f) =>
    f.path[0] === 'signers' && typeof f.path[1] === 'number'
      ? { ...f, path: ['signers', signers[f.path[1]]?.role ?? f.path[1], ...f.path.slice(2)] }
      : f,
  );
}

/** The parts of the form, each checked on its own (the setup's steps; the settings form checks all). */
export type DraftPart = 'identity' | 'rules' | 'all';

const IDENTITY_KEYS = [
  'unitName',
  'councilName',
  'authority',
  'establishingDecision',
  'placeName',
  'helperGroupName',
] as const satisfies readonly (keyof CouncilInput)[];

const PART_SCHEMAS: Readonly<Record<DraftPart, z.ZodType>> = {
  identity: councilInputSchema.pick({
    unitName: true,
    councilName: true,
    authority: true,
    establishingDecision: true,
    placeName: true,
    helperGroupName: true,
  }),
  rules: councilInputSchema.pick({ rules: true }),
  all: councilInputSchema,
};

function partOf(input: CouncilInput, part: DraftPart): unknown {
  if (part === 'all') return input;
  if (part === 'rules') return { rules: input.rules };
  return Object.fromEntries(IDENTITY_KEYS.map((key) => [key, input[key]]));
}

/** What is wrong with a part of the draft, by field path; empty when it can be saved. */
export function checkDraft(draft: CouncilDraft, part: DraftPart): DomainIssue[] {
  const parsed = PART_SCHEMAS[part].safeParse(partOf(councilInputOf(draft), part));
  const found = parsed.success ? [] : issuesOf(draft, issuesFromZod(parsed.error));
  // An empty number box is NaN: say the value is missing rather than "wrong type".
  if (part === 'identity' || !Number.isNaN(draft.spreadThreshold)) return found;
  return [
    ...found.filter((f) => f.path.join('.') !== 'rules.spreadThreshold'),
    issue('form.required', ['rules', 'spreadThreshold']),
  ];
}
