/**
 * What the council feature offers the welcome feature's setup: the council form's parts, shared so that
 * the setup and the settings form ask the same questions in the same words.
 */
import './council.css';

export { checkDraft, councilInputOf, newDraft, withProfile, type CouncilDraft } from './form/council-draft';
export { useCouncilLabels } from './form/council-labels';
export { IdentityFields } from './form/IdentityFields';
export { PROFILE_CHOICES, ProfileChoice, RECOMMENDED_PROFILE } from './form/ProfileChoice';
export { RulesFields } from './form/RulesFields';
export { stillOpen } from './form/still-open';
export { roleLabel } from './members/member-roles';
export { useFocusFirst } from './useFocusFirst';
export { useLanguage } from './useLanguage';
