import { describe, expect, it } from 'vitest';
import { commandOf, freshCommand } from './command';

describe('commandOf', () => {
  it('spells put k v and get k as a replica reads them', () => {
    expect(commandOf({ op: 'put', key: 'z', value: '9' })).toBe('put z 9');
    expect(commandOf({ op: 'put', key: ' z ', value: 'two words ' })).toBe('put z two words');
    expect(commandOf({ op: 'get', key: 'z', value: 'ignored' })).toBe('get z');
  });

  it('spells nothing for a key of two words, no key, or a put without a value', () => {
    expect(commandOf({ op: 'get', key: 'a b', value: '' })).toBeNull();
    expect(commandOf({ op: 'get', key: '', value: '' })).toBeNull();
    expect(commandOf({ op: 'put', key: 'z', value: '  ' })).toBeNull();
  });

  it('spells nothing a scenario file would refuse', () => {
    expect(commandOf({ op: 'put', key: 'z', value: 'x'.repeat(500) })).toBeNull();
  });
});

describe('freshCommand', () => {
  it('puts the new proposer’s number under a key no command of the run touches', () => {
    const run = ['put x 1', 'put y 2', 'get x'];
    expect(commandOf(freshCommand(run, 2))).toBe('put z 3');
    expect(commandOf(freshCommand([...run, 'get z', 'put w 7'], 3))).toBe('put v 4');
  });

  it('is the same for the same run, whatever bare values it also holds', () => {
    expect(freshCommand(['X', 'Y'], 1)).toEqual(freshCommand(['X', 'Y'], 1));
    expect(commandOf(freshCommand(['X', 'Y'], 1))).toBe('put z 2');
  });
});
