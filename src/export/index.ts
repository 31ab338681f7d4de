export { asciiDiagram } from './ascii';
export { runReport } from './report';
export type { RunReport } from './report';
export { svgDiagram } from './svg';
export type { SvgOptions } from './svg';
export { traceFile } from './trace-file';
export type { TraceFile, TraceFileEvent, TraceFileFinal, TraceFileMessage } from './trace-file';
