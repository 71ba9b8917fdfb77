/** The identity platform's public API: what modules may use. Routes register through routes.ts. */
export { type HomeFigureProvider, registerHomeFigures } from './home-figures.ts';
export { identityRoutes } from './identity.routes.ts';
export type { OrganisationFilter } from './organisations.repository.ts';
export {
  createOrganisation,
  getOrganisation,
  searchOrganisations,
  toOrganisation,
  updateOrganisation,
} from './organisations.service.ts';
export type { PersonFilter } from './people.repository.ts';
export { createPerson, getPerson, searchPeople, toPersonSummary, updatePerson } from './people.service.ts';
export { hasPermission, PERMISSIONS, type Permission } from './permissions.ts';
export { requireActor, requirePermission } from './policy.ts';
export {
  DEFAULT_ROLE_SCOPES,
  ownAssignments,
  ownOrganisation,
  ownTeam,
  rowScope,
  type Scope,
  type ScopeColumns,
  scopesOf,
} from './scoping.ts';
export { foldText } from './search.ts';
export { createUser, getUser, listUsers, updateUser } from './users.service.ts';
