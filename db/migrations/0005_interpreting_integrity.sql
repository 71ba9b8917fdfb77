-- An interpreter is never booked twice: the busy ranges of active assignments, each starting with
-- the travel from the previous on-site job (busy_from), may not overlap for one interpreter.
-- (An index expression must be immutable and timestamptz − interval is not: hence the column.)
ALTER TABLE interpreting_assignments ADD CONSTRAINT interpreting_assignments_no_double_booking
  EXCLUDE USING gist (
    interpreter_id WITH =,
    tstzrange(busy_from, ends_at, '[)') WITH &&
  ) WHERE (status = 'active');
--> statement-breakpoint
ALTER TABLE interpreting_assignments ADD CONSTRAINT interpreting_assignments_times
  CHECK (
    ends_at > starts_at AND travel_before_minutes >= 0
    AND busy_from = starts_at - travel_before_minutes * interval '1 minute'
  );
--> statement-breakpoint
ALTER TABLE interpreting_assignments ADD CONSTRAINT interpreting_assignments_status
  CHECK (status IN ('active', 'cancelled'));
--> statement-breakpoint
ALTER TABLE interpreting_requests ADD CONSTRAINT interpreting_requests_times CHECK (ends_at > starts_at);
--> statement-breakpoint
ALTER TABLE interpreting_requests ADD CONSTRAINT interpreting_requests_status
  CHECK (status IN ('submitted', 'offered', 'assigned', 'unfilled', 'performed', 'approved', 'invoiced', 'cancelled'));
--> statement-breakpoint
ALTER TABLE interpreting_requests ADD CONSTRAINT interpreting_requests_cancellation
  CHECK (cancellation_kind IS NULL OR cancellation_kind IN ('free', 'late', 'void'));
--> statement-breakpoint
ALTER TABLE interpreting_offers ADD CONSTRAINT interpreting_offers_status
  CHECK (status IN ('open', 'accepted', 'declined', 'expired', 'filled', 'withdrawn'));
--> statement-breakpoint
ALTER TABLE interpreting_charges ADD CONSTRAINT interpreting_charges_amounts
  CHECK (amount_cents >= 0 AND travel_cents >= 0);
--> statement-breakpoint
ALTER TABLE interpreting_translation_offers ADD CONSTRAINT interpreting_translation_offers_status
  CHECK (status IN ('open', 'accepted', 'declined', 'expired', 'filled', 'withdrawn'));
--> statement-breakpoint
-- Human references (T-2027-000123, V-2027-000045, invoice numbers) come from sequences: gapless
-- is not needed, unique and race-free is.
CREATE SEQUENCE interpreting_request_reference_seq;
--> statement-breakpoint
CREATE SEQUENCE interpreting_translation_reference_seq;
--> statement-breakpoint
CREATE SEQUENCE interpreting_invoice_number_seq;
