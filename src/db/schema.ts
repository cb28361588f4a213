// The one database schema: every table of every capability, for drizzle and its migrations.
export * from '../agreements/mentor-pay-table.js';
export * from '../audit/audit-table.js';
export * from '../auth/auth-tables.js';
export * from '../banks/banks-table.js';
export * from '../calendar/calendar-table.js';
export * from '../catalog/difficulties-table.js';
export * from '../consents/consents-table.js';
export * from '../groups/groups-table.js';
export * from '../mail/mail-table.js';
export * from '../network/network-table.js';
export * from '../orders/orders-table.js';
export * from '../organizations/organizations-table.js';
export * from '../programs/programs-table.js';
export * from '../staff/staff-table.js';
export * from '../surveys/reminders-table.js';
export * from '../surveys/surveys-table.js';
export * from './system-table.js';
