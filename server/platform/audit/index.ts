export {
  type AuditEvent,
  type AuditFilter,
  type AuditRow,
  iterateAudit,
  listAudit,
  recordAudit,
} from './audit.ts';
