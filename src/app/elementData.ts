import { zh as zhDictionary } from '../i18n/zh';
import { PRESET_FILES } from '../scenario/presets/files';
import type { DataScript } from './besideScripts';

/**
 * dist/paxos-scope-data.js: what paxos-scope.js loads beside itself before drawing an element
 * in Chinese or on a preset other than the basic run. Plain data, no runtime: its exports are
 * the global `PaxosScopeData`, a DataScript (besideScripts.ts).
 */
export const zh: DataScript['zh'] = zhDictionary;
export const presets: DataScript['presets'] = PRESET_FILES;
