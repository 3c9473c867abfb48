import { globalKeyAction, type GlobalKeyAction, type KeyContext } from './globalKeyAction';

/**
 * Listens for keys on `doc` and runs the action `globalKeyAction` picks. Returns the cleanup.
 * Escape's "clear" is not prevented (a dialog's own Escape still works); every other action is.
 */
export function bindGlobalKeys(
  doc: Document,
  where: () => Omit<KeyContext, 'key' | 'typing' | 'bodyFocused'>,
  run: (action: GlobalKeyAction) => void,
): () => void {
  const onKey = (e: KeyboardEvent) => {
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
    const bodyFocused = doc.activeElement === doc.body || !doc.activeElement;
    const action = globalKeyAction({ key: e.key, typing, bodyFocused, ...where() });
    if (!action) return;
    if (action.type !== 'clear-selection') e.preventDefault();
    run(action);
  };
  doc.addEventListener('keydown', onKey);
  return () => doc.removeEventListener('keydown', onKey);
}
