export { type AuditEvent, type AuditFilter, listAudit, recordAudit } from './audit.ts';
