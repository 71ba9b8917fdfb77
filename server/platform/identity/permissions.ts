// The matrix lives in contracts/ so that the web app's navigation follows the same rules.
export { hasPermission, PERMISSIONS, type Permission } from '../../../contracts/permissions.ts';
