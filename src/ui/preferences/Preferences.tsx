import { useContext, useState } from 'preact/hooks'
import { Env } from '../context'
import { ConsentProof } from '../primitives/ConsentProof'
import { Dialog } from '../primitives/Dialog'
import { DialogHead } from '../primitives/DialogHead'
import { useStore } from '../primitives/use-store'
import { CategoryItem } from './CategoryItem'
import { draftFrom, setCategory, setVendor } from './draft'

/**
 * The preferences dialog ("Cookie preferences"): one switch per category, each expanding
 * to its vendors, and "Reject all", "Accept all" and "Save choices".
 */
export function Preferences() {
  const { $state, config, texts, actions, setView } = useContext(Env)
  const state = useStore($state)
  const [draft, setDraft] = useState(() => draftFrom(state))
  const close = () => setView({ dialog: null })
  const done = (decide: () => void) => {
    decide()
    setView({ dialog: null, banner: false })
  }
  return (
    <Dialog labelledBy="cy-preferences-title" modal onEscape={close}>
      <div class="cy-dialog-body">
        <DialogHead
          id="cy-preferences-title"
          title={texts.preferencesTitle}
          closeLabel={texts.close}
          onClose={close}
        />
        <p>{texts.preferencesText}</p>
        <ul class="cy-list">
          {config.categories.map((category) => (
            <CategoryItem
              key={category.id}
              category={category}
              vendors={config.vendors.filter((v) => v.category === category.id)}
              checked={
                category.required === true || draft.categories[category.id] === true
              }
              vendorChecked={draft.vendors}
              onCategory={(on) => setDraft(setCategory(config, draft, category.id, on))}
              onVendor={(id, on) => setDraft(setVendor(config, draft, id, on))}
            />
          ))}
        </ul>
        <ConsentProof />
      </div>
      <div class="cy-footer cy-actions">
        <button
          type="button"
          class="cy-button"
          onClick={() => done(() => actions.rejectAll('preferences'))}
        >
          {texts.rejectAll}
        </button>
        <button
          type="button"
          class="cy-button"
          onClick={() => done(() => actions.acceptAll('preferences'))}
        >
          {texts.acceptAll}
        </button>
        <button
          type="button"
          class="cy-button"
          onClick={() => done(() => actions.save(saveInput(draft), 'preferences'))}
        >
          {texts.saveChoices}
        </button>
      </div>
    </Dialog>
  )
}

function saveInput(draft: ReturnType<typeof draftFrom>) {
  const categories = { ...draft.categories }
  // Essential is always granted; it is never sent as a switch.
  delete categories.essential
  return { categories, vendors: draft.vendors }
}
