import { useMemo } from 'react';
import { useContent } from '../../app/content-context';
import { useTheme } from '../../app/theme';
import { useLang } from '../../i18n';

export interface RuntimeInfo {
  id: string;
  name: string;
  /** The runtime's colour for the theme in force (charts draw their own colours). */
  color: string;
}

/** The content's runtimes, in its order, with name and colour for the language and theme. */
export function useRuntimeInfo(): { ids: string[]; byId: Map<string, RuntimeInfo> } {
  const content = useContent();
  const theme = useTheme();
  const lang = useLang();
  return useMemo(() => {
    const list = content.runtimes.map((runtime) => ({
      id: runtime.id,
      name: runtime.name[lang],
      color: runtime.color[theme],
    }));
    return { ids: list.map((r) => r.id), byId: new Map(list.map((r) => [r.id, r])) };
  }, [content, theme, lang]);
}

export function runtimeName(byId: Map<string, RuntimeInfo>, id: string): string {
  return byId.get(id)?.name ?? id;
}
