-- The audit log is append-only: the database itself refuses to change or remove a row.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
-- One value per parameter key on any day: validity periods [valid_from, valid_to) never overlap.
ALTER TABLE parameters ADD CONSTRAINT parameters_no_overlap
  EXCLUDE USING gist (key WITH =, daterange(valid_from, valid_to, '[)') WITH &&);
--> statement-breakpoint
ALTER TABLE parameters ADD CONSTRAINT parameters_valid_range
  CHECK (valid_to IS NULL OR valid_to > valid_from);
