ALTER TABLE "mentors" ADD COLUMN "appointed_order_id" uuid;--> statement-breakpoint
ALTER TABLE "mentors" ADD COLUMN "appointed_order_number" text;--> statement-breakpoint
ALTER TABLE "mentors" ADD COLUMN "appointed_on" date;