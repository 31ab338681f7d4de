import { describe, expect, it } from 'vitest';
import { fileName } from './save';

describe('download file names', () => {
  it('name the file after the scenario', () => {
    expect(fileName('basic', 'svg')).toBe('paxoscope-basic.svg');
    expect(fileName('dueling-proposers', 'trace.json')).toBe(
      'paxoscope-dueling-proposers.trace.json',
    );
  });

  it('keep letters of any script and turn everything else into single dashes', () => {
    expect(fileName('基本 Paxos: Two Values!', 'png')).toBe('paxoscope-基本-paxos-two-values.png');
    expect(fileName('../../etc/passwd', 'json')).toBe('paxoscope-etc-passwd.json');
    expect(fileName('<script>.exe', 'txt')).toBe('paxoscope-script-exe.txt');
  });

  it('fall back to "run" and stay short', () => {
    expect(fileName('', 'txt')).toBe('paxoscope-run.txt');
    expect(fileName('???', 'txt')).toBe('paxoscope-run.txt');
    expect(fileName('a'.repeat(200), 'svg')).toBe(`paxoscope-${'a'.repeat(60)}.svg`);
  });
});
