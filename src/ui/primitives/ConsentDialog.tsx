import type { ComponentChildren } from 'preact'
import { useContext } from 'preact/hooks'
import { Env } from '../context'
import { ConsentProof } from './ConsentProof'
import { Dialog } from './Dialog'

interface ConsentDialogProps {
  /** Id of the heading, which names the dialog (`aria-labelledby`). */
  id: string
  title: string
  /** What the dialog says and asks, between its heading and the consent id. */
  children: ComponentChildren
  /** Its buttons, in the footer. */
  actions: ComponentChildren
}

/**
 * The frame of the preferences and opt-out dialogs: a modal dialog named by its heading,
 * with a close button ("×") that, like Escape, closes it without deciding, the consent id
 * under the content, and the buttons in a footer that stays in view.
 */
export function ConsentDialog({ id, title, children, actions }: ConsentDialogProps) {
  const { texts, setView } = useContext(Env)
  const close = () => setView({ dialog: null })
  return (
    <Dialog labelledBy={id} modal onEscape={close}>
      <div class="cy-dialog-body">
        <div class="cy-dialog-head">
          <h2 id={id}>{title}</h2>
          <button type="button" class="cy-close" aria-label={texts.close} onClick={close}>
            ×
          </button>
        </div>
        {children}
        <ConsentProof />
      </div>
      <div class="cy-footer cy-actions">{actions}</div>
    </Dialog>
  )
}
