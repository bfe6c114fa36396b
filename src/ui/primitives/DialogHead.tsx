interface DialogHeadProps {
  /** Id of the heading, which names the dialog (`aria-labelledby`). */
  id: string
  title: string
  /** Accessible name of the close button. */
  closeLabel: string
  onClose: () => void
}

/** A dialog's heading with its close button ("×", named by `closeLabel`). */
export function DialogHead({ id, title, closeLabel, onClose }: DialogHeadProps) {
  return (
    <div class="cy-dialog-head">
      <h2 id={id}>{title}</h2>
      <button type="button" class="cy-close" aria-label={closeLabel} onClick={onClose}>
        ×
      </button>
    </div>
  )
}
