/** 单位名录: the default roster, unit-name resolution, the 单位名录 sheet loader and the 双月检查组. */
export type { SheetRecord } from './sheetRecord';
export { unitNameKey, nameSimilarity } from './unitName';
export { safeFileName, unsafeFileNamePart } from './fileName';
export { resolveUnit, buildUnitIndex, UnitIndex, MAX_UNIT_CANDIDATES, type UnitResolution, type UnitMatchVia } from './resolveUnit';
export { DEFAULT_ROSTER, defaultRoster, DEFAULT_UNIT_CODES } from './defaultRoster';
export { ROSTER_COLUMNS, loadRoster, rosterToRecords, type RosterColumn, type RosterRecord, type RosterProblem, type RosterLoadResult } from './rosterSheet';
export {
  INSPECTION_BUREAUS,
  INSPECTOR_ROLES,
  InspectionTeamError,
  defaultInspectionTeamStructure,
  canInspect,
  inspectionSubTeams,
  checkRecusal,
  assignInspectors,
  type InspectionSubTeam,
  type RecusalViolation,
  type InspectionAssignment,
} from './inspectionTeam';
