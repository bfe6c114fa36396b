import { deepActiveElement, focusables } from './focus'

/**
 * Opens a native `<dialog>` (modal: the page is inert; otherwise it sits above the page)
 * and moves focus to its first control; the UI's `Dialog` and the first-visit modal banner
 * both open theirs this way.
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
  return () => {
    if (dialog.open) dialog.close()
    if (previous?.isConnected) previous.focus()
  }
}
