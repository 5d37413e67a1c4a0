// Whether a drawing's labels fit their boxes in this browser. Mermaid sizes each box to the label
// as the drawing browser's fonts measured it; a drawing made at build time was measured in the
// build's Chromium, and a reader whose fonts are wider (another system font, a larger default,
// a missing CJK font replaced by a wider one) would see labels cut off at the box's edge. The
// diagram then draws the tree again with Mermaid in the reader's browser.

/** Slack for sub-pixel rounding between the build's measurement and this one, in CSS pixels. */
const TOLERANCE_PX = 1;

/**
 * True when any label's content is larger than its box. Needs the SVG attached and laid out;
 * a drawing that is not shown (no size) is never reported.
 */
export function labelsOverflow(svg: SVGSVGElement): boolean {
  for (const box of svg.querySelectorAll<SVGForeignObjectElement>('foreignObject')) {
    const content = box.firstElementChild;
    // Edges without a label keep an empty, zero-sized box.
    if (!content || content.textContent.trim() === '') continue;
    const outer = box.getBoundingClientRect();
    const declaredWidth = box.width.baseVal.value;
    if (outer.width === 0 || declaredWidth === 0) continue;
    // Both rectangles are on screen, after the drawing's zoom: compare in the same units.
    const slack = TOLERANCE_PX * (outer.width / declaredWidth);
    const inner = content.getBoundingClientRect();
    if (inner.width > outer.width + slack || inner.height > outer.height + slack) return true;
  }
  return false;
}
