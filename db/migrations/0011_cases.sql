CREATE TABLE "case_appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"case_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"location" text,
	"modality" text DEFAULT 'on_site' NOT NULL,
	"counsellor_id" uuid,
	"interpreting_request_id" uuid,
	"status" text DEFAULT 'planned' NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"notes" text,
	CONSTRAINT "case_appointments_period_check" CHECK ("case_appointments"."ends_at" > "case_appointments"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "case_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"case_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"direction" text DEFAULT 'in' NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"summary" text NOT NULL,
	"minutes" integer,
	"by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "case_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"case_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"title" text NOT NULL,
	"checklist_item" text,
	"added_by" uuid
);
--> statement-breakpoint
CREATE TABLE "case_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"case_id" uuid NOT NULL,
	"body" text NOT NULL,
	"confidentiality" text DEFAULT 'standard' NOT NULL,
	"author_id" uuid,
	CONSTRAINT "case_notes_confidentiality_check" CHECK ("case_notes"."confidentiality" IN ('standard','confidential'))
);
--> statement-breakpoint
CREATE TABLE "case_people" (
	"case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text DEFAULT 'client' NOT NULL,
	CONSTRAINT "case_people_case_id_person_id_pk" PRIMARY KEY("case_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "case_reference_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"organisation_id" uuid,
	"from_team_id" uuid,
	"to_team_id" uuid,
	"reason" text,
	"status" text DEFAULT 'sent' NOT NULL,
	"created_by" uuid,
	CONSTRAINT "case_referrals_kind_check" CHECK ("case_referrals"."kind" IN ('referral','transfer')),
	CONSTRAINT "case_referrals_target_check" CHECK (("case_referrals"."kind" = 'referral' AND "case_referrals"."organisation_id" IS NOT NULL) OR ("case_referrals"."kind" = 'transfer' AND "case_referrals"."to_team_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "case_saved_filters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"query" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_status_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "case_status_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"case_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "case_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"case_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_on" date,
	"assignee_id" uuid,
	"deadline_key" text,
	"reminded_at" timestamp with time zone,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reference" text NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"status" text NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"team_id" uuid,
	"assignee_id" uuid,
	"fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"language" text DEFAULT 'nl' NOT NULL,
	"origin" text DEFAULT 'staff' NOT NULL,
	"public_code_hash" text,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"anonymised_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	CONSTRAINT "cases_type_check" CHECK ("cases"."type" IN ('guidance','education_question','higher_education','diploma_recognition','scholarship')),
	CONSTRAINT "cases_origin_check" CHECK ("cases"."origin" IN ('staff','portal'))
);
--> statement-breakpoint
CREATE TABLE "scholarship_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"academic_year" text NOT NULL,
	"title" text NOT NULL,
	"budget_cents" integer NOT NULL,
	"grant_cents" integer NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"awarded_cents" integer DEFAULT 0 NOT NULL,
	"awarded_at" timestamp with time zone,
	"created_by" uuid,
	CONSTRAINT "scholarship_calls_status_check" CHECK ("scholarship_calls"."status" IN ('draft','open','closed','awarded')),
	CONSTRAINT "scholarship_calls_budget_check" CHECK ("scholarship_calls"."awarded_cents" <= "scholarship_calls"."budget_cents"),
	CONSTRAINT "scholarship_calls_dates_check" CHECK ("scholarship_calls"."closes_on" >= "scholarship_calls"."opens_on")
);
--> statement-breakpoint
CREATE TABLE "scholarship_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"case_id" uuid NOT NULL,
	"scorer_id" uuid NOT NULL,
	"scores" jsonb NOT NULL,
	"total" integer NOT NULL,
	"comment" text
);
--> statement-breakpoint
ALTER TABLE "case_appointments" ADD CONSTRAINT "case_appointments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_appointments" ADD CONSTRAINT "case_appointments_counsellor_id_users_id_fk" FOREIGN KEY ("counsellor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_contacts" ADD CONSTRAINT "case_contacts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_contacts" ADD CONSTRAINT "case_contacts_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_people" ADD CONSTRAINT "case_people_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_people" ADD CONSTRAINT "case_people_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_referrals" ADD CONSTRAINT "case_referrals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_referrals" ADD CONSTRAINT "case_referrals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_referrals" ADD CONSTRAINT "case_referrals_from_team_id_teams_id_fk" FOREIGN KEY ("from_team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_referrals" ADD CONSTRAINT "case_referrals_to_team_id_teams_id_fk" FOREIGN KEY ("to_team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_referrals" ADD CONSTRAINT "case_referrals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_saved_filters" ADD CONSTRAINT "case_saved_filters_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_status_history" ADD CONSTRAINT "case_status_history_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_status_history" ADD CONSTRAINT "case_status_history_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scholarship_calls" ADD CONSTRAINT "scholarship_calls_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scholarship_scores" ADD CONSTRAINT "scholarship_scores_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scholarship_scores" ADD CONSTRAINT "scholarship_scores_scorer_id_users_id_fk" FOREIGN KEY ("scorer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_appointments_case_idx" ON "case_appointments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_appointments_counsellor_idx" ON "case_appointments" USING btree ("counsellor_id","starts_at");--> statement-breakpoint
CREATE INDEX "case_contacts_case_idx" ON "case_contacts" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "case_documents_case_idx" ON "case_documents" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_notes_case_idx" ON "case_notes" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_people_person_idx" ON "case_people" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "case_referrals_case_idx" ON "case_referrals" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_saved_filters_name_key" ON "case_saved_filters" USING btree ("user_id","name");--> statement-breakpoint
CREATE INDEX "case_status_history_case_idx" ON "case_status_history" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "case_tasks_case_idx" ON "case_tasks" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_tasks_open_due_idx" ON "case_tasks" USING btree ("due_on") WHERE "case_tasks"."done_at" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "case_tasks_deadline_key" ON "case_tasks" USING btree ("case_id","deadline_key");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_reference_key" ON "cases" USING btree ("reference");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_public_code_key" ON "cases" USING btree ("public_code_hash");--> statement-breakpoint
CREATE INDEX "cases_type_status_idx" ON "cases" USING btree ("type","status");--> statement-breakpoint
CREATE INDEX "cases_team_idx" ON "cases" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "cases_assignee_idx" ON "cases" USING btree ("assignee_id");--> statement-breakpoint
CREATE INDEX "cases_closed_idx" ON "cases" USING btree ("closed_at");--> statement-breakpoint
CREATE INDEX "cases_title_trgm" ON "cases" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "scholarship_calls_year_title_key" ON "scholarship_calls" USING btree ("academic_year","title");--> statement-breakpoint
CREATE UNIQUE INDEX "scholarship_scores_case_scorer_key" ON "scholarship_scores" USING btree ("case_id","scorer_id");--> statement-breakpoint
CREATE INDEX "scholarship_scores_case_idx" ON "scholarship_scores" USING btree ("case_id");