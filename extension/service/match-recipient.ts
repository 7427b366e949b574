import { customerKey } from '../../shared/customer-key.ts';
import type { CustomerOption } from '../picker/picker-protocol.ts';

// Shorter names than this are not matched by containment ("Li" is in too many names).
const MIN_CONTAINED = 3;

function sameOrContained(shown: string, known: string): boolean {
  const a = customerKey(shown);
  const b = customerKey(known);
  if (a === '' || b === '') return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_CONTAINED && long.includes(short);
}

/**
 * The customer a compose window is addressed to: by address first (exact, case-insensitive),
 * else by a display name shown without an address (Outlook shows only "Zhou Min" for a
 * resolved contact): the customer's name or a contact person from the list, the same after
 * normalising (customerKey) or one containing the other ("Hengyuan Foods" in "Hengyuan Foods
 * (Hangzhou) Ltd").
 */
export function matchRecipient(customers: readonly CustomerOption[], addresses: readonly string[], names: readonly string[]): CustomerOption | undefined {
  const wanted = addresses.map((a) => a.toLowerCase());
  const byAddress = customers.find((c) => c.emails.some((e) => wanted.includes(e)));
  if (byAddress || names.length === 0) return byAddress;
  return (
    customers.find((c) => (c.contacts ?? []).some((contact) => names.some((n) => customerKey(n) === customerKey(contact)))) ??
    customers.find((c) => names.some((n) => sameOrContained(n, c.name) || (c.contacts ?? []).some((contact) => sameOrContained(n, contact))))
  );
}
