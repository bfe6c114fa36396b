/**
 * The start of every key Consentry keeps in localStorage or sessionStorage (the boot
 * cache, the record outbox): withdrawal never removes them, whatever a vendor's pattern
 * says, and `consentry check` warns about a pattern that would match them.
 */
export const OWN_KEY_PREFIX = 'consentry:'
