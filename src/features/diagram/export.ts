// Download the diagram as it looks now (path marks included) as SVG or PNG. The page's colour
// tokens reach the live SVG through CSS custom properties; a downloaded file has no page around
// it, so the values in force are written into the copy. PNG is the same SVG drawn on a canvas:
// from a data: URL, because Chromium taints a canvas drawn from a blob: SVG that holds HTML
// labels, and tainted canvases cannot be exported.

export interface SerializedDiagram {
  text: string;
  width: number;
  height: number;
}

const MAX_PNG_SIDE = 4096;

export function serializeDiagram(svg: SVGSVGElement): SerializedDiagram {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const view = svg.viewBox.baseVal;
  const width = Math.max(1, Math.ceil(view.width));
  const height = Math.max(1, Math.ceil(view.height));

  // Custom properties used by the diagram's style sheet, resolved where they apply.
  const css = Array.from(svg.querySelectorAll('style'), (style) => style.textContent).join('\n');
  const names = new Set(Array.from(css.matchAll(/var\((--[\w-]+)/g), (match) => match[1] ?? ''));
  const rootStyle = getComputedStyle(svg);
  const declarations: string[] = [];
  for (const name of names) {
    const value = rootStyle.getPropertyValue(name).trim();
    if (value) declarations.push(`${name}: ${value}`);
  }
  // Runtime colours are computed per element (--rt from --rt-light / --rt-dark).
  const originals = svg.querySelectorAll<SVGElement>('[style*="--rt-light"]');
  const copies = copy.querySelectorAll<SVGElement>('[style*="--rt-light"]');
  originals.forEach((original, index) => {
    const rt = getComputedStyle(original).getPropertyValue('--rt').trim();
    if (rt) copies[index]?.style.setProperty('--rt', rt);
  });

  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('style', declarations.join('; '));
  for (const element of copy.querySelectorAll('[tabindex]')) element.removeAttribute('tabindex');

  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('x', String(view.x));
  background.setAttribute('y', String(view.y));
  background.setAttribute('width', String(view.width));
  background.setAttribute('height', String(view.height));
  background.setAttribute('fill', rootStyle.getPropertyValue('--surface').trim() || '#ffffff');
  copy.insertBefore(background, copy.firstChild);

  const text = new XMLSerializer().serializeToString(copy);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${text}`, width, height };
}

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is no longer needed after this task.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

export function svgBlob(diagram: SerializedDiagram): Blob {
  return new Blob([diagram.text], { type: 'image/svg+xml;charset=utf-8' });
}

/** Rejects when the browser cannot draw the SVG or export the canvas (e.g. it taints it). */
export async function pngBlob(diagram: SerializedDiagram, pixelRatio = 2): Promise<Blob> {
  const scale = Math.min(pixelRatio, MAX_PNG_SIDE / Math.max(diagram.width, diagram.height));
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(diagram.text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(diagram.width * scale));
  canvas.height = Math.max(1, Math.round(diagram.height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error('the canvas produced no PNG'));
    }, 'image/png');
  });
}
