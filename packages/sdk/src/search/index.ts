export { normaliseText, queryWords, matchesQuery } from './normalise.ts';
export {
  createOrganisationIndex,
  compareOrganisationNames,
  type OrganisationIndex,
  type OrganisationIndexOptions,
  type OrganisationSearch,
} from './organisation-index.ts';
