import { addPresetFiles } from './index';
import { PRESET_FILES } from './files';

// Tests open any preset at any moment, as the app does: every file is at hand before they run.
addPresetFiles(PRESET_FILES);
