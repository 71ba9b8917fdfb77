CREATE TABLE "interpreting_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"request_id" uuid NOT NULL,
	"interpreter_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"travel_before_minutes" integer DEFAULT 0 NOT NULL,
	"busy_from" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"source" text NOT NULL,
	"score" real,
	"breakdown" jsonb,
	"sequence" integer DEFAULT 0 NOT NULL,
	"decided_by" uuid
);
--> statement-breakpoint
CREATE TABLE "interpreter_availability_exceptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interpreter_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"available" boolean NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "interpreting_charges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"request_id" uuid,
	"translation_job_id" uuid,
	"kind" text NOT NULL,
	"service_date" date NOT NULL,
	"description" text NOT NULL,
	"billable_minutes" integer,
	"words" integer,
	"kilometres" real,
	"amount_cents" integer NOT NULL,
	"travel_cents" integer DEFAULT 0 NOT NULL,
	"tariff" jsonb NOT NULL,
	"cost_centre" text,
	"invoice_id" uuid,
	"waived" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interpreting_day_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"day" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"engine" text NOT NULL,
	"proposal" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"created_by" uuid,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "interpreter_languages" (
	"interpreter_id" uuid NOT NULL,
	"language" text NOT NULL,
	"variant" text DEFAULT '' NOT NULL,
	"direction" text NOT NULL,
	CONSTRAINT "interpreter_languages_interpreter_id_language_variant_pk" PRIMARY KEY("interpreter_id","language","variant")
);
--> statement-breakpoint
CREATE TABLE "interpreters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"code" text NOT NULL,
	"user_id" uuid,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"locale" text DEFAULT 'nl' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"kind" text DEFAULT 'freelance' NOT NULL,
	"modes" text[] NOT NULL,
	"translates" boolean DEFAULT false NOT NULL,
	"certification_valid_until" date,
	"specialisms" text[] DEFAULT '{}'::text[] NOT NULL,
	"home_postcode" text,
	"home_lat" double precision,
	"home_lon" double precision,
	"max_travel_km" real,
	"max_hours_per_day" real DEFAULT 8 NOT NULL,
	"max_hours_per_week" real DEFAULT 38 NOT NULL,
	"gender" text,
	"weekly_availability" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"feed_token_hash" text,
	"feed_token_issued_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "interpreting_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reference" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"unit_id" uuid,
	"requested_by" uuid,
	"status" text DEFAULT 'submitted' NOT NULL,
	"mode" text NOT NULL,
	"language" text NOT NULL,
	"variant" text,
	"direction" text DEFAULT 'both' NOT NULL,
	"alternative_languages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"alternative_slots" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"series_id" uuid,
	"series_index" integer,
	"address" text,
	"room" text,
	"access_notes" text,
	"lat" double precision,
	"lon" double precision,
	"phone_number" text,
	"video_link" text,
	"sector" text NOT NULL,
	"conversation_type" text NOT NULL,
	"specialism" text,
	"same_gender" text,
	"participants" integer,
	"client_reference" text NOT NULL,
	"preparation_notes" text,
	"preferred_interpreter_id" uuid,
	"cost_centre" text,
	"urgent" boolean DEFAULT false NOT NULL,
	"priority" integer DEFAULT 1 NOT NULL,
	"auto_offers" boolean DEFAULT true NOT NULL,
	"offer_round" integer DEFAULT 0 NOT NULL,
	"confirmed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" uuid,
	"cancellation_kind" text,
	"cancellation_reason" text,
	"cancellation_waived" boolean DEFAULT false NOT NULL,
	"interpreter_on_the_way" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interpreting_invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"number" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"quarter" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"total_cents" integer NOT NULL,
	"line_count" integer NOT NULL,
	"issued_by" uuid
);
--> statement-breakpoint
CREATE TABLE "interpreting_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"request_id" uuid NOT NULL,
	"interpreter_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"responded_at" timestamp with time zone,
	"score" real,
	"breakdown" jsonb,
	"sent_by" uuid
);
--> statement-breakpoint
CREATE TABLE "organisation_interpreter_preferences" (
	"organisation_id" uuid NOT NULL,
	"interpreter_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reason" text,
	CONSTRAINT "organisation_interpreter_preferences_organisation_id_interpreter_id_pk" PRIMARY KEY("organisation_id","interpreter_id")
);
--> statement-breakpoint
CREATE TABLE "interpreting_organisation_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"cost_centre" text
);
--> statement-breakpoint
CREATE TABLE "interpreting_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"recurrence" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interpreting_requesting_organisations" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"sector" text NOT NULL,
	"active_in_greater_ghent" boolean NOT NULL,
	"agreement_signed_on" date,
	"active" boolean DEFAULT true NOT NULL,
	"invoice_email" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interpreting_timesheets" (
	"assignment_id" uuid PRIMARY KEY NOT NULL,
	"actual_start" timestamp with time zone,
	"actual_end" timestamp with time zone,
	"waiting_minutes" integer DEFAULT 0 NOT NULL,
	"kilometres" real DEFAULT 0 NOT NULL,
	"no_show" text,
	"notes" text,
	"status" text DEFAULT 'submitted' NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_by" uuid,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"review_note" text
);
--> statement-breakpoint
CREATE TABLE "interpreting_translation_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reference" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"requested_by" uuid,
	"source_language" text NOT NULL,
	"target_language" text NOT NULL,
	"source_file_id" uuid NOT NULL,
	"words" integer NOT NULL,
	"quote_cents" integer NOT NULL,
	"deadline" date NOT NULL,
	"status" text DEFAULT 'quoted' NOT NULL,
	"translator_id" uuid,
	"delivery_file_id" uuid,
	"delivered_at" timestamp with time zone,
	"client_reference" text,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "interpreting_translation_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"job_id" uuid NOT NULL,
	"interpreter_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"responded_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "attachments" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "interpreting_assignments" ADD CONSTRAINT "interpreting_assignments_request_id_interpreting_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."interpreting_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_assignments" ADD CONSTRAINT "interpreting_assignments_interpreter_id_interpreters_id_fk" FOREIGN KEY ("interpreter_id") REFERENCES "public"."interpreters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_assignments" ADD CONSTRAINT "interpreting_assignments_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreter_availability_exceptions" ADD CONSTRAINT "interpreter_availability_exceptions_interpreter_id_interpreters_id_fk" FOREIGN KEY ("interpreter_id") REFERENCES "public"."interpreters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_charges" ADD CONSTRAINT "interpreting_charges_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_charges" ADD CONSTRAINT "interpreting_charges_request_id_interpreting_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."interpreting_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_day_plans" ADD CONSTRAINT "interpreting_day_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreter_languages" ADD CONSTRAINT "interpreter_languages_interpreter_id_interpreters_id_fk" FOREIGN KEY ("interpreter_id") REFERENCES "public"."interpreters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreters" ADD CONSTRAINT "interpreters_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_requests" ADD CONSTRAINT "interpreting_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_requests" ADD CONSTRAINT "interpreting_requests_unit_id_interpreting_organisation_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."interpreting_organisation_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_requests" ADD CONSTRAINT "interpreting_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_requests" ADD CONSTRAINT "interpreting_requests_series_id_interpreting_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."interpreting_series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_requests" ADD CONSTRAINT "interpreting_requests_preferred_interpreter_id_interpreters_id_fk" FOREIGN KEY ("preferred_interpreter_id") REFERENCES "public"."interpreters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_requests" ADD CONSTRAINT "interpreting_requests_cancelled_by_users_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_invoices" ADD CONSTRAINT "interpreting_invoices_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_invoices" ADD CONSTRAINT "interpreting_invoices_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_offers" ADD CONSTRAINT "interpreting_offers_request_id_interpreting_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."interpreting_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_offers" ADD CONSTRAINT "interpreting_offers_interpreter_id_interpreters_id_fk" FOREIGN KEY ("interpreter_id") REFERENCES "public"."interpreters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_offers" ADD CONSTRAINT "interpreting_offers_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_interpreter_preferences" ADD CONSTRAINT "organisation_interpreter_preferences_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_interpreter_preferences" ADD CONSTRAINT "organisation_interpreter_preferences_interpreter_id_interpreters_id_fk" FOREIGN KEY ("interpreter_id") REFERENCES "public"."interpreters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_organisation_units" ADD CONSTRAINT "interpreting_organisation_units_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_series" ADD CONSTRAINT "interpreting_series_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_requesting_organisations" ADD CONSTRAINT "interpreting_requesting_organisations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_timesheets" ADD CONSTRAINT "interpreting_timesheets_assignment_id_interpreting_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."interpreting_assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_timesheets" ADD CONSTRAINT "interpreting_timesheets_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_timesheets" ADD CONSTRAINT "interpreting_timesheets_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_translation_jobs" ADD CONSTRAINT "interpreting_translation_jobs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_translation_jobs" ADD CONSTRAINT "interpreting_translation_jobs_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_translation_jobs" ADD CONSTRAINT "interpreting_translation_jobs_source_file_id_stored_files_id_fk" FOREIGN KEY ("source_file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_translation_jobs" ADD CONSTRAINT "interpreting_translation_jobs_translator_id_interpreters_id_fk" FOREIGN KEY ("translator_id") REFERENCES "public"."interpreters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_translation_jobs" ADD CONSTRAINT "interpreting_translation_jobs_delivery_file_id_stored_files_id_fk" FOREIGN KEY ("delivery_file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_translation_offers" ADD CONSTRAINT "interpreting_translation_offers_job_id_interpreting_translation_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."interpreting_translation_jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interpreting_translation_offers" ADD CONSTRAINT "interpreting_translation_offers_interpreter_id_interpreters_id_fk" FOREIGN KEY ("interpreter_id") REFERENCES "public"."interpreters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interpreting_assignments_interpreter_idx" ON "interpreting_assignments" USING btree ("interpreter_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "interpreting_assignments_one_active_key" ON "interpreting_assignments" USING btree ("request_id") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "interpreter_availability_exceptions_idx" ON "interpreter_availability_exceptions" USING btree ("interpreter_id","starts_at");--> statement-breakpoint
CREATE INDEX "interpreting_charges_org_idx" ON "interpreting_charges" USING btree ("organisation_id","service_date");--> statement-breakpoint
CREATE UNIQUE INDEX "interpreting_charges_request_kind_key" ON "interpreting_charges" USING btree ("request_id","kind");--> statement-breakpoint
CREATE INDEX "interpreting_day_plans_day_idx" ON "interpreting_day_plans" USING btree ("day");--> statement-breakpoint
CREATE INDEX "interpreter_languages_language_idx" ON "interpreter_languages" USING btree ("language","variant");--> statement-breakpoint
CREATE UNIQUE INDEX "interpreters_code_key" ON "interpreters" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "interpreters_user_id_key" ON "interpreters" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "interpreters_status_idx" ON "interpreters" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "interpreting_requests_reference_key" ON "interpreting_requests" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "interpreting_requests_org_idx" ON "interpreting_requests" USING btree ("organisation_id","starts_at");--> statement-breakpoint
CREATE INDEX "interpreting_requests_status_idx" ON "interpreting_requests" USING btree ("status","starts_at");--> statement-breakpoint
CREATE INDEX "interpreting_requests_series_idx" ON "interpreting_requests" USING btree ("series_id","series_index");--> statement-breakpoint
CREATE UNIQUE INDEX "interpreting_invoices_number_key" ON "interpreting_invoices" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "interpreting_invoices_org_quarter_key" ON "interpreting_invoices" USING btree ("organisation_id","quarter");--> statement-breakpoint
CREATE INDEX "interpreting_offers_request_idx" ON "interpreting_offers" USING btree ("request_id","status");--> statement-breakpoint
CREATE INDEX "interpreting_offers_interpreter_idx" ON "interpreting_offers" USING btree ("interpreter_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "interpreting_offers_once_per_round_key" ON "interpreting_offers" USING btree ("request_id","interpreter_id","round");--> statement-breakpoint
CREATE UNIQUE INDEX "interpreting_organisation_units_name_key" ON "interpreting_organisation_units" USING btree ("organisation_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "interpreting_translation_jobs_reference_key" ON "interpreting_translation_jobs" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "interpreting_translation_jobs_org_idx" ON "interpreting_translation_jobs" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "interpreting_translation_offers_once_key" ON "interpreting_translation_offers" USING btree ("job_id","interpreter_id");