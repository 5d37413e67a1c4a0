import type { CSSProperties } from 'react';
import type { Runtime } from '../../content/schema';
import { useLang } from '../../i18n';

/** Inline colour variables for one runtime; the stylesheet picks the shade for the theme. */
export function runtimeColorStyle(runtime: Pick<Runtime, 'color'> | undefined): CSSProperties {
  if (!runtime) return {};
  return { '--rt-light': runtime.color.light, '--rt-dark': runtime.color.dark } as CSSProperties;
}

/** A runtime's name in its colour, with a dot: colour is never the only carrier. */
export function RuntimeBadge({ runtime, fallbackId }: { runtime?: Runtime; fallbackId?: string }) {
  const lang = useLang();
  return (
    <span className="runtime-badge" style={runtimeColorStyle(runtime)}>
      <span className="runtime-badge-name">{runtime ? runtime.name[lang] : fallbackId}</span>
    </span>
  );
}
