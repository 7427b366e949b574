import { describe, expect, it } from 'vitest';
import { radioStep } from '../../../extension/ui/radio-step.ts';

describe('radioStep (arrow keys in the stage and language groups)', () => {
  it.each([
    ['ArrowRight', 0, 2, 1],
    ['ArrowRight', 1, 2, 0],
    ['ArrowDown', 3, 11, 4],
    ['ArrowLeft', 0, 2, 1],
    ['ArrowUp', 5, 11, 4],
    ['Home', 7, 11, 0],
    ['End', 2, 11, 10],
    ['ArrowRight', -1, 3, 1],
  ] as const)('%s from %i of %i goes to %i', (key, current, count, expected) => {
    expect(radioStep(key, current, count)).toBe(expected);
  });

  it('lets every other key through', () => {
    expect(radioStep('Enter', 0, 2)).toBeUndefined();
    expect(radioStep('Tab', 0, 2)).toBeUndefined();
    expect(radioStep('ArrowRight', 0, 0)).toBeUndefined();
  });
});
