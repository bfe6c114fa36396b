interface SwitchProps {
  /** The switch's accessible name (a category or vendor name). */
  label: string
  checked: boolean
  /** Shown on but cannot be changed (essential). */
  locked?: boolean
  /** Id of the element that describes it. */
  describedBy?: string
  /** Called on each click, Space or Enter: the owner flips its own latest value. */
  onToggle?: () => void
}

/**
 * A switch: `role="switch"` with `aria-checked`, toggled by click, Space or Enter (WAI-ARIA
 * APG switch pattern). A locked switch stays focusable and says `aria-disabled`.
 */
export function Switch({ label, checked, locked, describedBy, onToggle }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      class="cy-switch"
      aria-label={label}
      aria-checked={checked ? 'true' : 'false'}
      aria-disabled={locked ? 'true' : undefined}
      aria-describedby={describedBy}
      onClick={() => {
        if (!locked) onToggle?.()
      }}
    />
  )
}
