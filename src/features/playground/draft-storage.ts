// The draft survives a reload in localStorage, where the browser allows it. Storage can be off
// (privacy settings, some embeds), throw on access, or be full: the page then works without it
// and says so.
const DRAFT_KEY = 'runtime-advisor:playground-draft';

export function loadDraft(): string | undefined {
  try {
    return window.localStorage.getItem(DRAFT_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** True when the draft was kept. */
export function saveDraft(text: string): boolean {
  try {
    window.localStorage.setItem(DRAFT_KEY, text);
    return true;
  } catch {
    return false;
  }
}
