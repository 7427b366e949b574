import { describe, expect, it } from 'vitest';
import type { LimitationEvent } from '../../../shared/limitation/limitation-period.ts';
import { restartChain, type Restart } from '../../../shared/limitation/restart-chain.ts';
import { addYears } from '../../../shared/limitation/add-years.ts';
import { plainDate } from '../../../shared/plain-date.ts';

const d = plainDate;
const ev = (date: string, action: LimitationEvent['action'], row: number): LimitationEvent => ({ date: d(date), action, row });

// A three-year rule where a reminder or a payment restarts the period from its own day.
function threeYears(e: LimitationEvent, into: Restart): boolean {
  if (e.action !== 'reminder' && e.action !== 'payment') return false;
  into.start = e.date;
  into.expires = addYears(e.date, 3);
  return true;
}

describe('restartChain', () => {
  const start = d('2026-04-01');
  const expires = d('2029-04-01');
  it.each([
    { name: 'nothing recorded', events: [], start: '2026-04-01', expires: '2029-04-01', by: undefined, late: [] },
    { name: 'a restart while the period runs', events: [ev('2027-05-10', 'reminder', 3)], start: '2027-05-10', expires: '2030-05-10', by: 3, late: [] },
    { name: 'rows that restart nothing are passed over', events: [ev('2027-05-10', 'call', 3), ev('2027-06-01', 'note', 4)], start: '2026-04-01', expires: '2029-04-01', by: undefined, late: [] },
    { name: 'a restart on the last day still counts', events: [ev('2029-04-01', 'payment', 5)], start: '2029-04-01', expires: '2032-04-01', by: 5, late: [] },
    { name: 'an event after the end revives nothing', events: [ev('2029-04-02', 'reminder', 6)], start: '2026-04-01', expires: '2029-04-01', by: undefined, late: [6] },
    { name: 'each restart runs from the one before', events: [ev('2027-05-10', 'reminder', 3), ev('2030-05-10', 'payment', 7), ev('2033-05-11', 'reminder', 8)], start: '2030-05-10', expires: '2033-05-10', by: 7, late: [8] },
    { name: 'events out of order are taken in date order', events: [ev('2030-05-10', 'payment', 7), ev('2027-05-10', 'reminder', 3)], start: '2030-05-10', expires: '2033-05-10', by: 7, late: [] },
    { name: 'an earlier event does not shorten the period', events: [ev('2026-03-28', 'reminder', 2)], start: '2026-04-01', expires: '2029-04-01', by: undefined, late: [] },
  ])('$name', ({ events, start: from, expires: until, by, late }) => {
    const chain = restartChain(start, expires, events, threeYears);
    expect(chain.start).toBe(from);
    expect(chain.expires).toBe(until);
    expect(chain.restartedBy?.row).toBe(by);
    expect(chain.tooLate.map((e) => e.row)).toEqual(late);
  });

  it('leaves the events it was given as they were', () => {
    const events = [ev('2030-05-10', 'payment', 7), ev('2027-05-10', 'reminder', 3)];
    const copy = structuredClone(events);
    restartChain(start, expires, events, threeYears);
    expect(events).toEqual(copy);
  });
});
