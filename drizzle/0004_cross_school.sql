CREATE TABLE "network_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"mentee_org_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"decision" text DEFAULT 'pending' NOT NULL,
	"reason" text,
	"recorded_by" uuid,
	"recorded_by_name" text,
	"recorded_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "mentor_org_id" uuid;--> statement-breakpoint
ALTER TABLE "network_requests" ADD CONSTRAINT "network_requests_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_requests" ADD CONSTRAINT "network_requests_mentee_org_id_organizations_id_fk" FOREIGN KEY ("mentee_org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_requests" ADD CONSTRAINT "network_requests_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_requests" ADD CONSTRAINT "network_requests_mentor_id_mentors_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."mentors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_requests" ADD CONSTRAINT "network_requests_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "network_requests_org_group_key" ON "network_requests" USING btree ("org_id","group_id");--> statement-breakpoint
CREATE INDEX "network_requests_org_decision_idx" ON "network_requests" USING btree ("org_id","decision","created_at");--> statement-breakpoint
CREATE INDEX "network_requests_mentee_org_group_idx" ON "network_requests" USING btree ("mentee_org_id","group_id");--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_mentor_org_id_organizations_id_fk" FOREIGN KEY ("mentor_org_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;