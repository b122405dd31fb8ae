export { VangnetStaffWorkspace } from './workspace.ts';
export { StaffClient, StaffRequestError, type QueueFilter } from './staff-client.ts';
export { translator, type StaffMessageKey, type StaffTranslator } from './messages.ts';
