import { describe, expect, it } from 'vitest';
import { formProblem } from './networkForm';
import type { NetworkForm } from './networkForm';

const good: NetworkForm = {
  delayMin: '1',
  delayMax: '1',
  loss: '0',
  duplicate: '0',
  timeout: '10',
  backoffMin: '0',
  backoffMax: '5',
};

describe('the Network panel’s own check', () => {
  it('accepts numbers within each field’s range', () => {
    expect(formProblem(good)).toBeNull();
    expect(formProblem({ ...good, loss: '100', delayMax: '100', timeout: '1000' })).toBeNull();
  });

  it('names the field by its label when a number is out of range or not whole', () => {
    expect(formProblem({ ...good, loss: '250' })).toEqual({
      key: 'network.problem.range',
      field: 'network.loss',
      params: { min: 0, max: 100 },
    });
    expect(formProblem({ ...good, timeout: '0' })).toMatchObject({ field: 'network.timeout' });
    expect(formProblem({ ...good, duplicate: '2.5' })).toMatchObject({
      field: 'network.duplicate',
    });
    expect(formProblem({ ...good, delayMin: '' })).toMatchObject({ field: 'network.delayMin' });
  });

  it('checks a Multi-Paxos run’s heartbeat and window, which a Basic Paxos form has not', () => {
    expect(formProblem({ ...good, heartbeat: '5', window: '20' })).toBeNull();
    expect(formProblem({ ...good, heartbeat: '5', window: '21' })).toEqual({
      key: 'network.problem.range',
      field: 'network.window',
      params: { min: 1, max: 20 },
    });
    expect(formProblem({ ...good, heartbeat: '0', window: '5' })).toMatchObject({
      field: 'network.heartbeat',
    });
  });

  it('says which of a range’s two fields is above the other', () => {
    expect(formProblem({ ...good, delayMin: '9', delayMax: '2' })).toEqual({
      key: 'network.problem.order',
      low: 'network.delayMin',
      high: 'network.delayMax',
      params: { lowValue: 9, highValue: 2 },
    });
  });
});
