import { ballotColour } from '../../layout';

/**
 * The class that gives an element its ballot's colour (theme.css `.px-ballot--*` sets `--c`),
 * or none for what has no ballot: a client's request, a learner's answer, an idle proposer.
 */
export function ballotClass(ballot: number | null): string {
  return ballot === null || ballot <= 0 ? '' : ` px-ballot--${ballotColour(ballot)}`;
}

/** Which resolved colour a message's stroke takes on the canvas: its ballot's, else its kind's. */
export function colourKey(message: { type: string; ballot: number | null }): string {
  return message.ballot === null || message.ballot <= 0
    ? message.type
    : `ballot-${ballotColour(message.ballot)}`;
}
