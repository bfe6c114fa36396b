/**
 * The English text of the floating re-open button: all the re-open button file carries
 * (a returning view's button, without the UI; see `reopen.ts`).
 */
export const EN_REOPEN = {
  reopen: 'Cookie settings'
}
