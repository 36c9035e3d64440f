export { buildStatusPlan, STATUS_SHEETS, STATUS_HEADER_ROW, STATUS_FIXED_COLUMNS, STATUS_COUNT_COLUMNS, CHASE_COLUMNS } from './plan';
export { receivedLedgersOf } from './received';
