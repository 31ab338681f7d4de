import type { MessageKey, Params } from '../../i18n';
import { pick } from '../../i18n';
import { scenarioToFile } from '../../scenario';
import type { State } from '../../store';
import { asciiDiagram, svgDiagram, traceFile } from '../../export';
import { svgToPng } from './png';

export type ExportFormat = 'scenario' | 'trace' | 'text' | 'svg' | 'png';

type Translate = (key: MessageKey, params?: Params) => string;

/** The Download menu's choices, in order: each format, its label and its file's extension. */
export const EXPORT_FORMATS: readonly {
  format: ExportFormat;
  label: MessageKey;
  extension: string;
}[] = [
  { format: 'scenario', label: 'export.scenario', extension: 'json' },
  { format: 'trace', label: 'export.trace', extension: 'trace.json' },
  { format: 'text', label: 'export.text', extension: 'txt' },
  { format: 'svg', label: 'export.svg', extension: 'svg' },
  { format: 'png', label: 'export.png', extension: 'png' },
];

/** What names the run's files: its preset, else the scenario's own name or title. */
export function runStem(state: State): string {
  return state.presetId ?? state.scenario.name ?? pick(state.scenario.title, 'en');
}

/**
 * The run on screen as a file. The scenario file carries the user's edits, so opening it again
 * gives this very run; the diagrams are drawn in the reader's language.
 */
export async function exportRun(format: ExportFormat, state: State, tr: Translate): Promise<Blob> {
  switch (format) {
    case 'scenario':
      return json(scenarioToFile(state.scenario));
    case 'trace':
      return json(traceFile(state.trace));
    case 'text':
      return new Blob([asciiDiagram(state.trace)], { type: 'text/plain;charset=utf-8' });
    case 'svg':
      return new Blob([diagram(state, tr)], { type: 'image/svg+xml' });
    case 'png':
      return svgToPng(diagram(state, tr));
  }
}

function json(data: unknown): Blob {
  return new Blob([JSON.stringify(data, null, 2) + '\n'], { type: 'application/json' });
}

function diagram(state: State, tr: Translate): string {
  return svgDiagram(state.trace, {
    caption: pick(state.scenario.title, state.lang) || (state.scenario.name ?? ''),
    roleTitles: {
      client: tr('role.client'),
      proposer: tr('role.proposer'),
      acceptor: tr('role.acceptor'),
      learner: tr('role.learner'),
    },
  });
}
