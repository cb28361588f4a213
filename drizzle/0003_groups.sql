CREATE TABLE "group_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"role" text NOT NULL,
	"decision" text DEFAULT 'pending' NOT NULL,
	"reason" text,
	"recorded_by" uuid,
	"recorded_by_name" text,
	"recorded_at" timestamp with time zone,
	"on_paper" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"mentee_ids" uuid[] NOT NULL,
	"forms" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "group_agreements" ADD CONSTRAINT "group_agreements_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_agreements" ADD CONSTRAINT "group_agreements_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_agreements" ADD CONSTRAINT "group_agreements_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_mentor_id_mentors_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."mentors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "group_agreements_org_group_participant_key" ON "group_agreements" USING btree ("org_id","group_id","participant_id");--> statement-breakpoint
CREATE INDEX "group_agreements_org_participant_idx" ON "group_agreements" USING btree ("org_id","participant_id");--> statement-breakpoint
CREATE INDEX "groups_org_status_idx" ON "groups" USING btree ("org_id","status");--> statement-breakpoint
CREATE INDEX "groups_org_mentor_idx" ON "groups" USING btree ("org_id","mentor_id");