import { deepActiveElement, focusables } from './focus'
import { keepFocusClear } from './keep-focus-clear'

/**
 * Opens a native `<dialog>` (modal: the page is inert; otherwise it sits above the page)
 * and moves focus to its first control; the UI's `Dialog` and the first-visit modal banner
 * both open theirs this way.
 *
 * Above a page that stays usable, the page's focus is kept clear of the dialog as it is of
 * the bar (`keepFocusClear`, WCAG 2.2 SC 2.4.11): the browser scrolls each focused page
 * control to just above the dialog.
 *
 * @param dialog The dialog, on the page.
 * @param modal Whether it is modal (`showModal()`).
 * @returns Closes it and gives focus back where it was when it opened.
 */
export function openDialog(dialog: HTMLDialogElement, modal: boolean): () => void {
  const previous = deepActiveElement(dialog.ownerDocument)
  try {
    if (modal) dialog.showModal()
    else dialog.show()
  } catch {
    dialog.setAttribute('open', '')
  }
  focusables(dialog)[0]?.focus()
  const unclear = modal ? undefined : keepFocusClear(dialog)
  return () => {
    unclear?.()
    if (dialog.open) dialog.close()
    if (previous?.isConnected) previous.focus()
  }
}
