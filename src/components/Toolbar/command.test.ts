import { describe, expect, it } from 'vitest';
import { commandOf } from './command';

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
