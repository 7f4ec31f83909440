/**
 * Authoring: the folder and store operations that the CLI (and the server) call. One module per
 * operation; add a new one here with its own line.
 * @module
 */

export {
  DEFAULT_PROMPT_DIR,
  type OpenedStore,
  openStore,
  runLockfilePath,
  type StoreSource,
  shownPath,
} from './config.js';
export { type DiffResult, diffRecords, diffVersions } from './diff.js';
export { compareInputs, describeInput, type InputApi, type InputChanges, type InputVariable } from './input-api.js';
export { type ListedPrompt, type ListResult, listPrompts, listStore } from './list.js';
export {
  type LockChange,
  type LockResult,
  type LockStoreOptions,
  lockChanges,
  lockfileText,
  lockStore,
} from './lock.js';
export {
  type PulledVersion,
  type PullLangfuseOptions,
  type PullResult,
  pullLangfuse,
} from './pull-langfuse.js';
export { type RenderResult, type RenderSpecOptions, renderSpec } from './render.js';
export {
  type ReadAllRecordsOptions,
  type ReadProblem,
  readAllRecords,
  type StoreContents,
} from './store-contents.js';
export { entriesOf, type TypegenResult, type TypegenStoreOptions, typegenChanges, typegenStore } from './typegen.js';
export { type Finding, type ValidateReport, validateFolder, validateStore } from './validate.js';
