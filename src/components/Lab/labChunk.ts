export { default as QuorumCard } from './QuorumCard';
export { default as RulesPanel } from './RulesPanel';
export { default as ViolationMarks } from './ViolationMarks';
