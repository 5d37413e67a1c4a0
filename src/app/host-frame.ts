// Messages to the page that frames the app (embed mode). Target origin '*': the app cannot
// know which portal frames it, and nothing it posts is private (all of it is in the URL). The
// host's loader (public/embed.js) checks origin and source on its side.

/** The framing window, or undefined when the app is not framed (or cannot tell). */
export function framingParent(): Window | undefined {
  try {
    return window.parent !== window ? window.parent : undefined;
  } catch {
    return undefined;
  }
}

export function postToHost(message: object): void {
  const parent = framingParent();
  if (!parent) return;
  try {
    parent.postMessage(message, '*');
  } catch {
    // A parent that went away mid-navigation: nothing to tell.
  }
}
