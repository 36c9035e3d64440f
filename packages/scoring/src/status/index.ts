/** 报送状态与催报 (SPEC §10): each unit's monthly ledgers as of a date, and the 催报 list. */
export {
  DEFAULT_OFFICE_CONTACT,
  campaignStatus,
  chaseLine,
  chaseText,
  type CampaignStatus,
  type CampaignStatusInput,
  type MonthStatus,
  type OfficeContact,
  type OverdueMonth,
  type ReceivedLedger,
  type StatusCounts,
  type UnitContact,
  type UnitStatus,
} from './status';
export { STATUS_TEXT, dateZh } from './messages';
