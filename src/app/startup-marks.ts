// Named moments of start-up on the browser's performance timeline (`ra:<name>`): where the time
// to the first question goes. DevTools shows them, and `npm run bench` prints them beside the
// requests they waited for.
export type StartupMoment =
  | 'main' // the entry chunk has run its imports: main.tsx starts
  | 'route-code' // the first page's route chunk has loaded
  | 'content' // the content file's request has settled
  | 'drawing' // the build's drawing of the linked tree has arrived
  | 'app'; // the app has rendered over the build's first paint (first-paint-takeover.ts)
// (`ra:first-paint` comes from the start-up script: the build's page for the link is shown.)

export function markStartup(moment: StartupMoment): void {
  // Not every environment has a performance timeline (unit tests, old browsers).
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') {
    performance.mark(`ra:${moment}`);
  }
}
