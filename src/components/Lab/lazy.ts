import { lazy } from 'react';

/**
 * The lab's screens, loaded on demand and together: one chunk for the panel, the quorum view
 * and the marks on the diagram, so the page's own chunks are not split around three.
 */
const lab = () => import('./labChunk');

export const LazyRulesPanel = lazy(() => lab().then((m) => ({ default: m.RulesPanel })));
export const LazyQuorumCard = lazy(() => lab().then((m) => ({ default: m.QuorumCard })));
export const LazyViolationMarks = lazy(() => lab().then((m) => ({ default: m.ViolationMarks })));
