CREATE TABLE "capacity_pools" (
	"key" text PRIMARY KEY NOT NULL,
	"capacity" integer NOT NULL,
	"taken" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "capacity_pools_capacity_nonnegative" CHECK (capacity >= 0),
	CONSTRAINT "capacity_pools_taken_within" CHECK (taken >= 0 and taken <= capacity)
);
--> statement-breakpoint
CREATE TABLE "platform_secrets" (
	"name" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offerfeest_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edition_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"code_hash" text NOT NULL,
	"name" text,
	"address" text,
	"postcode" text,
	"email" text,
	"phone" text,
	"language" text NOT NULL,
	"nrn_pseudonym" text,
	"iban" text,
	"account_holder" text,
	"invoice_file_id" uuid,
	"slaughterhouse" text NOT NULL,
	"invoice_date" date NOT NULL,
	"species" text NOT NULL,
	"animals" smallint NOT NULL,
	"invoice_cents" integer NOT NULL,
	"approved_cents" integer,
	"status" text NOT NULL,
	"rejection_reason" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"batch_id" uuid,
	"paid_at" timestamp with time zone,
	"anonymised_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "offerfeest_claims_status" CHECK ("offerfeest_claims"."status" in ('submitted', 'in_review', 'approved', 'rejected', 'paid')),
	CONSTRAINT "offerfeest_claims_amounts" CHECK ("offerfeest_claims"."invoice_cents" > 0 and coalesce("offerfeest_claims"."approved_cents", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "offerfeest_editions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"year" smallint NOT NULL,
	"feast_start" date NOT NULL,
	"feast_end" date NOT NULL,
	"blocking_start" date NOT NULL,
	"blocking_end" date NOT NULL,
	"languages" text[] NOT NULL,
	"regime" text NOT NULL,
	"registration_opens_at" timestamp with time zone,
	"registration_closes_at" timestamp with time zone,
	"reimbursement_cents" integer DEFAULT 0 NOT NULL,
	"anonymise_after_months" smallint DEFAULT 12 NOT NULL,
	"info" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"anonymised_at" timestamp with time zone,
	CONSTRAINT "offerfeest_editions_regime" CHECK ("offerfeest_editions"."regime" in ('slots', 'reimbursement')),
	CONSTRAINT "offerfeest_editions_days" CHECK ("offerfeest_editions"."feast_end" >= "offerfeest_editions"."feast_start" and "offerfeest_editions"."blocking_end" >= "offerfeest_editions"."blocking_start")
);
--> statement-breakpoint
CREATE TABLE "offerfeest_payment_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edition_id" uuid NOT NULL,
	"message_id" text NOT NULL,
	"execution_date" date NOT NULL,
	"count" integer NOT NULL,
	"total_cents" integer NOT NULL,
	"xml" text NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "offerfeest_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edition_id" uuid NOT NULL,
	"slot_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text,
	"phone" text,
	"email" text,
	"language" text NOT NULL,
	"nrn_pseudonym" text,
	"species" text NOT NULL,
	"animals" smallint NOT NULL,
	"herd_number" text,
	"status" text NOT NULL,
	"waitlisted_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"checked_in_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"anonymised_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "offerfeest_registrations_animals" CHECK ("offerfeest_registrations"."animals" between 1 and 50),
	CONSTRAINT "offerfeest_registrations_status" CHECK ("offerfeest_registrations"."status" in ('confirmed', 'waitlisted', 'checked_in', 'no_show', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "offerfeest_sites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edition_id" uuid NOT NULL,
	"name" text NOT NULL,
	"recognition_number" text,
	"address" text NOT NULL,
	"stunning_method" text NOT NULL,
	"daily_capacity" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offerfeest_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edition_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	CONSTRAINT "offerfeest_slots_times" CHECK ("offerfeest_slots"."ends_at" > "offerfeest_slots"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "transit_allocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"pitch_id" uuid NOT NULL,
	"reservation_id" uuid,
	"kind" text NOT NULL,
	"from_day" date NOT NULL,
	"to_day" date NOT NULL,
	"reason" text,
	"created_by" uuid,
	CONSTRAINT "transit_allocations_days" CHECK ("transit_allocations"."to_day" > "transit_allocations"."from_day"),
	CONSTRAINT "transit_allocations_kind" CHECK (("transit_allocations"."kind" = 'stay' and "transit_allocations"."reservation_id" is not null) or ("transit_allocations"."kind" = 'out_of_service' and "transit_allocations"."reservation_id" is null))
);
--> statement-breakpoint
CREATE TABLE "transit_bills" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reservation_id" uuid NOT NULL,
	"number" text NOT NULL,
	"lines" jsonb NOT NULL,
	"total_cents" integer NOT NULL,
	"paid_cents" integer NOT NULL,
	"balance_cents" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transit_incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reservation_id" uuid,
	"pitch_id" uuid,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"damage_cents" integer DEFAULT 0 NOT NULL,
	"recorded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "transit_meter_readings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reservation_id" uuid NOT NULL,
	"pitch_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"kwh" numeric(12, 2) NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "transit_parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"party_key" text NOT NULL,
	"name" text,
	"phone" text,
	"anonymised_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "transit_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reservation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount_cents" integer NOT NULL,
	"method" text NOT NULL,
	"receipt_number" text NOT NULL,
	"recorded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "transit_pitches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"number" smallint NOT NULL,
	"cluster" smallint NOT NULL,
	"meter_id" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transit_reservations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reference" text NOT NULL,
	"party_id" uuid NOT NULL,
	"head_of_family" text,
	"phone" text,
	"caravans" smallint NOT NULL,
	"vehicles" smallint NOT NULL,
	"arrival" date NOT NULL,
	"departure" date NOT NULL,
	"status" text NOT NULL,
	"hold_expires_at" timestamp with time zone,
	"checked_in_at" timestamp with time zone,
	"checked_out_at" timestamp with time zone,
	"settled_at" timestamp with time zone,
	"end_reason" text,
	"notes" text,
	"anonymised_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	CONSTRAINT "transit_reservations_days" CHECK ("transit_reservations"."departure" > "transit_reservations"."arrival"),
	CONSTRAINT "transit_reservations_counts" CHECK ("transit_reservations"."caravans" >= 1 and "transit_reservations"."vehicles" >= 0)
);
--> statement-breakpoint
CREATE TABLE "transit_travellers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reservation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"birth_date" date,
	"document_number" text
);
--> statement-breakpoint
ALTER TABLE "offerfeest_claims" ADD CONSTRAINT "offerfeest_claims_edition_id_offerfeest_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."offerfeest_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offerfeest_claims" ADD CONSTRAINT "offerfeest_claims_invoice_file_id_stored_files_id_fk" FOREIGN KEY ("invoice_file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offerfeest_claims" ADD CONSTRAINT "offerfeest_claims_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offerfeest_claims" ADD CONSTRAINT "offerfeest_claims_batch_id_offerfeest_payment_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."offerfeest_payment_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offerfeest_payment_batches" ADD CONSTRAINT "offerfeest_payment_batches_edition_id_offerfeest_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."offerfeest_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offerfeest_payment_batches" ADD CONSTRAINT "offerfeest_payment_batches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offerfeest_registrations" ADD CONSTRAINT "offerfeest_registrations_edition_id_offerfeest_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."offerfeest_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offerfeest_registrations" ADD CONSTRAINT "offerfeest_registrations_slot_id_offerfeest_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."offerfeest_slots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offerfeest_sites" ADD CONSTRAINT "offerfeest_sites_edition_id_offerfeest_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."offerfeest_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offerfeest_slots" ADD CONSTRAINT "offerfeest_slots_edition_id_offerfeest_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."offerfeest_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offerfeest_slots" ADD CONSTRAINT "offerfeest_slots_site_id_offerfeest_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."offerfeest_sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transit_allocations" ADD CONSTRAINT "transit_allocations_pitch_id_transit_pitches_id_fk" FOREIGN KEY ("pitch_id") REFERENCES "public"."transit_pitches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transit_allocations" ADD CONSTRAINT "transit_allocations_reservation_id_transit_reservations_id_fk" FOREIGN KEY ("reservation_id") REFERENCES "public"."transit_reservations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transit_allocations" ADD CONSTRAINT "transit_allocations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transit_bills" ADD CONSTRAINT "transit_bills_reservation_id_transit_reservations_id_fk" FOREIGN KEY ("reservation_id") REFERENCES "public"."transit_reservations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transit_incidents" ADD CONSTRAINT "transit_incidents_reservation_id_transit_reservations_id_fk" FOREIGN KEY ("reservation_id") REFERENCES "public"."transit_reservations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transit_incidents" ADD CONSTRAINT "transit_incidents_pitch_id_transit_pitches_id_fk" FOREIGN KEY ("pitch_id") REFERENCES "public"."transit_pitches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transit_incidents" ADD CONSTRAINT "transit_incidents_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transit_meter_readings" ADD CONSTRAINT "transit_meter_readings_reservation_id_transit_reservations_id_fk" FOREIGN KEY ("reservation_id") REFERENCES "public"."transit_reservations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transit_meter_readings" ADD CONSTRAINT "transit_meter_readings_pitch_id_transit_pitches_id_fk" FOREIGN KEY ("pitch_id") REFERENCES "public"."transit_pitches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transit_meter_readings" ADD CONSTRAINT "transit_meter_readings_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transit_payments" ADD CONSTRAINT "transit_payments_reservation_id_transit_reservations_id_fk" FOREIGN KEY ("reservation_id") REFERENCES "public"."transit_reservations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transit_payments" ADD CONSTRAINT "transit_payments_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transit_reservations" ADD CONSTRAINT "transit_reservations_party_id_transit_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."transit_parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transit_reservations" ADD CONSTRAINT "transit_reservations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transit_travellers" ADD CONSTRAINT "transit_travellers_reservation_id_transit_reservations_id_fk" FOREIGN KEY ("reservation_id") REFERENCES "public"."transit_reservations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "offerfeest_claims_reference_key" ON "offerfeest_claims" USING btree ("reference");--> statement-breakpoint
CREATE UNIQUE INDEX "offerfeest_claims_code_key" ON "offerfeest_claims" USING btree ("code_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "offerfeest_claims_household_key" ON "offerfeest_claims" USING btree ("edition_id","nrn_pseudonym") WHERE "offerfeest_claims"."status" <> 'rejected' and "offerfeest_claims"."nrn_pseudonym" is not null;--> statement-breakpoint
CREATE INDEX "offerfeest_claims_status_idx" ON "offerfeest_claims" USING btree ("edition_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "offerfeest_editions_year_key" ON "offerfeest_editions" USING btree ("year");--> statement-breakpoint
CREATE UNIQUE INDEX "offerfeest_payment_batches_message_key" ON "offerfeest_payment_batches" USING btree ("message_id");--> statement-breakpoint
CREATE UNIQUE INDEX "offerfeest_registrations_code_key" ON "offerfeest_registrations" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "offerfeest_registrations_person_key" ON "offerfeest_registrations" USING btree ("edition_id","nrn_pseudonym") WHERE "offerfeest_registrations"."status" <> 'cancelled' and "offerfeest_registrations"."nrn_pseudonym" is not null;--> statement-breakpoint
CREATE INDEX "offerfeest_registrations_slot_idx" ON "offerfeest_registrations" USING btree ("slot_id","status","waitlisted_at");--> statement-breakpoint
CREATE INDEX "offerfeest_sites_edition_idx" ON "offerfeest_sites" USING btree ("edition_id");--> statement-breakpoint
CREATE INDEX "offerfeest_slots_edition_idx" ON "offerfeest_slots" USING btree ("edition_id","starts_at");--> statement-breakpoint
CREATE INDEX "transit_allocations_reservation_idx" ON "transit_allocations" USING btree ("reservation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "transit_bills_reservation_key" ON "transit_bills" USING btree ("reservation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "transit_bills_number_key" ON "transit_bills" USING btree ("number");--> statement-breakpoint
CREATE INDEX "transit_incidents_reservation_idx" ON "transit_incidents" USING btree ("reservation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "transit_meter_readings_key" ON "transit_meter_readings" USING btree ("reservation_id","pitch_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "transit_parties_key" ON "transit_parties" USING btree ("party_key");--> statement-breakpoint
CREATE UNIQUE INDEX "transit_payments_receipt_key" ON "transit_payments" USING btree ("receipt_number");--> statement-breakpoint
CREATE INDEX "transit_payments_reservation_idx" ON "transit_payments" USING btree ("reservation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "transit_pitches_number_key" ON "transit_pitches" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "transit_reservations_reference_key" ON "transit_reservations" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "transit_reservations_party_idx" ON "transit_reservations" USING btree ("party_id");--> statement-breakpoint
CREATE INDEX "transit_reservations_days_idx" ON "transit_reservations" USING btree ("arrival","departure");--> statement-breakpoint
CREATE INDEX "transit_reservations_status_idx" ON "transit_reservations" USING btree ("status");--> statement-breakpoint
CREATE INDEX "transit_travellers_reservation_idx" ON "transit_travellers" USING btree ("reservation_id");--> statement-breakpoint
-- A pitch is never given twice: no two allocations (stays or out-of-service periods) of one pitch
-- may share a day. Whatever the code does, the database refuses the second.
ALTER TABLE transit_allocations ADD CONSTRAINT transit_allocations_no_double_booking
  EXCLUDE USING gist (pitch_id WITH =, daterange(from_day, to_day, '[)') WITH &&);
--> statement-breakpoint
ALTER TABLE transit_reservations ADD CONSTRAINT transit_reservations_status
  CHECK (status IN ('requested', 'provisional', 'confirmed', 'checked_in', 'extended', 'checked_out',
    'settled', 'cancelled', 'no_show', 'evicted'));
--> statement-breakpoint
ALTER TABLE transit_meter_readings ADD CONSTRAINT transit_meter_readings_kind CHECK (kind IN ('start', 'end'));
--> statement-breakpoint
ALTER TABLE transit_payments ADD CONSTRAINT transit_payments_kind
  CHECK (kind IN ('prepayment', 'deposit', 'final', 'deposit_refund', 'refund') AND method IN ('cash', 'card', 'transfer'));
--> statement-breakpoint
-- References and receipt numbers come from sequences: unique and race-free, gaps allowed.
CREATE SEQUENCE transit_reservation_reference_seq;
--> statement-breakpoint
CREATE SEQUENCE transit_receipt_number_seq;
--> statement-breakpoint
CREATE SEQUENCE offerfeest_claim_reference_seq;
