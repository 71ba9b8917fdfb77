export { entityColumns, timestamptz } from './columns.ts';
export {
  type Database,
  type DatabaseOptions,
  type Db,
  openDatabase,
  pingDatabase,
  queryRows,
  sqlState,
} from './db.ts';
export { MIGRATIONS_FOLDER, migrateDatabase } from './migrate.ts';
