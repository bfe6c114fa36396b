import type { ComponentChildren } from 'preact'
import { useLayoutEffect, useRef } from 'preact/hooks'
import { trapTab } from './focus'
import { openDialog } from './open-dialog'

interface DialogProps {
  /** Id of the element that names the dialog. */
  labelledBy: string
  /** Modal: the page is inert and focus is trapped; otherwise it sits above the page. */
  modal: boolean
  /** Escape closes the dialog through this; without it Escape does nothing. */
  onEscape?: () => void
  layout?: string
  children: ComponentChildren
}

/**
 * A native `<dialog>` in the browser's top layer (above any page z-index): focus moves into
 * it when it opens, Tab is trapped in a modal one, Escape goes to `onEscape` (never to a
 * consent decision), and focus returns to where it was when it closes.
 */
export function Dialog({ labelledBy, modal, onEscape, layout, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const escape = useRef(onEscape)
  escape.current = onEscape

  useLayoutEffect(() => openDialog(ref.current!, modal), [modal])

  return (
    <dialog
      ref={ref}
      class="cy-dialog"
      aria-labelledby={labelledBy}
      aria-modal={modal ? 'true' : undefined}
      data-layout={layout}
      data-nonmodal={modal ? undefined : ''}
      onCancel={(event) => {
        // The browser would close a modal dialog on Escape by itself: we decide instead.
        event.preventDefault()
        escape.current?.()
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !modal) {
          event.preventDefault()
          escape.current?.()
        }
        if (modal) trapTab(event, ref.current!)
      }}
    >
      {children}
    </dialog>
  )
}
