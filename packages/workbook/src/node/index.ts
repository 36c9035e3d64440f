/**
 * `@ledger-review/workbook/node` — the Node.js side of the workbook layer: reading what the
 * office received from folders (every entry accounted for, big folders on all cores) and writing
 * files whole or not at all. The main entry stays free of Node APIs so the browser can use it.
 */
export { defaultWorkers, examineFolder, listEntries, readEntry, readFolder, MAX_INPUT_FILE_BYTES, PARALLEL_THRESHOLD } from './folder';
export type { FolderEntry, FolderReadOptions } from './folder';
export { writeBytes } from './files';
