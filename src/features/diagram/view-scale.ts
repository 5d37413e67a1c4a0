// The diagram's scales, shared by its view (diagram-canvas.tsx) and by the start-up script's
// first paint (scripts/startup-script.ts), which places the build's drawing as the view will.

/**
 * Mermaid draws labels at 16 px. At this scale they show at 12 px, above the 10 px floor for
 * readable text with some room for the browser's rounding. A drawing whose fitted scale is at
 * least this is shown whole, as the built-in trees always were.
 */
const LABEL_PX = 16;
export const READABLE_SCALE = 12 / LABEL_PX;
export const MAX_SCALE = 3;
/** Room kept around the followed nodes, in screen pixels. */
export const FOLLOW_PADDING = 24;
