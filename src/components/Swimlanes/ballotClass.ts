import { ballotColour, colouringBallot } from '../../layout';

/**
 * The class that gives an element its ballot's colour (theme.css `.px-ballot--*` sets `--c`),
 * or none for what has no ballot: a client's request, a learner's answer, an idle proposer.
 */
export function ballotClass(ballot: number | null): string {
  return ballot === null || ballot <= 0 ? '' : ` px-ballot--${ballotColour(ballot)}`;
}

/** A message's class: the colour of the ballot its label names (layout/marks.ts colouringBallot). */
export function messageBallotClass(message: Parameters<typeof colouringBallot>[0]): string {
  return ballotClass(colouringBallot(message));
}
