import { useContext, useRef } from 'preact/hooks'
import { Banner } from './banner/Banner'
import { UsNotice } from './banner/UsNotice'
import { Env } from './context'
import { OptOut } from './opt-out/OptOut'
import { Preferences } from './preferences/Preferences'
import { useFocusClear } from './primitives/use-focus-clear'
import { useStore } from './primitives/use-store'

/**
 * The views: the banner while a choice is needed or when asked for again, a dialog when
 * asked, the re-open button.
 */
export function App() {
  const { $state, $view, config, texts, setView } = useContext(Env)
  const state = useStore($state)
  const view = useStore($view)
  // While nothing is decided; or opened again (showBanner()) over the decision in force,
  // until a new one is made, here or elsewhere.
  const banner = view.banner && (!state.decided || view.banner === state.id)
  // Kept under a dialog it opened, so that focus can go back to it when the dialog closes.
  const reopen =
    config.ui.reopenButton && !banner && (state.decided || state.regime !== 'gdpr')
  return (
    <>
      {banner && (state.regime === 'us' ? <UsNotice /> : <Banner />)}
      {view.dialog === 'preferences' && <Preferences />}
      {view.dialog === 'opt-out' && <OptOut />}
      {reopen && (
        <ReopenButton
          label={texts.reopen}
          onClick={() => setView({ dialog: 'preferences' })}
        />
      )}
    </>
  )
}

/** The floating "Cookie settings" button (`ui.reopenButton`), fixed to a bottom corner. */
function ReopenButton({ label, onClick }: { label: string; onClick(): void }) {
  const ref = useRef<HTMLButtonElement>(null)
  useFocusClear(ref)
  return (
    <button
      type="button"
      class="cy-reopen"
      aria-haspopup="dialog"
      ref={ref}
      onClick={onClick}
    >
      {label}
    </button>
  )
}
