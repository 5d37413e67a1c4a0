// The page's first script (built into assets/startup-*.js by vite-startup-preload.ts): a
// classic script in <head>, so it runs while the page is still being parsed. It starts the app
// and, for a wizard link, does two things first.
//
// 1. First paint. The build rendered every state of the built-in trees with the app's own
//    components (src/first-paint/render.tsx). If the link names one of them exactly, and the
//    site has no content file of its own (a team's file may replace a built-in tree), this
//    shows that page (question or result, the diagram drawn and marked) and only then starts
//    the app: the app's code takes the main thread for a few hundred milliseconds, and a page
//    inserted while it runs would not be painted until it is done. The app renders the same
//    page over it (main.tsx). A click or key on it meanwhile is held and replayed on the app's
//    own element (src/app/first-paint-takeover.ts): an early answer is not lost.
// 2. Hints: <link rel="modulepreload"> for the wizard's route chunk and the linked tree's
//    drawing, so that they load beside the entry instead of after it (main.tsx asks for them).
//
// Everything here is serialised into the script (so: no imports, no closures over module
// scope). It mirrors the app's reading of the URL (main.tsx, i18n detectLang, app/theme,
// first-paint/key.ts); the unit tests hold it to those. The diagram's placement is the app's
// own (view-placement.ts), passed in as `view` with first-paint-takeover.ts's `placeOf`.
import type {
  constrainView,
  contentHeight,
  placeView,
  viewLimits,
} from '../src/features/diagram/view-placement';
import type { placeOf } from '../src/app/first-paint-takeover';

export interface FirstPaintPlan {
  /** By firstPaintKey(): the state's page in each theme, as a file next to the script. */
  pages: Record<string, { light: string; dark: string }>;
  /** Stylesheets the wizard needs beyond index.html's: applied before the page shows. */
  css: string[];
  /** VITE_CONTENT_URL at build time ('' for the default file, 'none' for no request). */
  contentUrl: string;
  /** The diagram's scales (src/features/diagram/view-scale.ts). */
  readableScale: number;
  maxScale: number;
  followPadding: number;
  /** The app starts after this long even if the first paint has not come. */
  patienceMs: number;
}

export interface StartupPlan {
  /**
   * The app's entry module and the modules it imports (index.html's module script and
   * modulepreload links, which the build moves here): the app starts when this script says.
   */
  entry: { script: string; preloads: string[] };
  /** Files the wizard route needs beyond the entry: its chunks and its CSS. */
  wizard: { js: string[]; css: string[] };
  /** The build's drawing modules by `<tree>-<lang>-<theme>`. */
  drawings: Record<string, string>;
  defaultTree: string;
  /** Path-based routes (VITE_HISTORY=browser), with the base path they live under. */
  browserHistory: boolean;
  basePath: string;
  /** Absent in a browser-history build (its pages are not pre-rendered). */
  firstPaint?: FirstPaintPlan | undefined;
}

/**
 * The app's own functions this script needs, serialised beside it: the diagram's placement
 * (src/features/diagram/view-placement.ts) and where an element sits under the root
 * (src/app/first-paint-takeover.ts, which finds it again in the app's render).
 */
export interface FirstPaintView {
  contentHeight: typeof contentHeight;
  viewLimits: typeof viewLimits;
  constrainView: typeof constrainView;
  placeView: typeof placeView;
  placeOf: typeof placeOf;
}

/** Runs in the page (see the file's comment). */
export function startPage(plan: StartupPlan, scriptUrl: string, view: FirstPaintView): void {
  const file = (name: string) => new URL(name, scriptUrl).href;
  const link = (name: string, rel: string, as?: string) => {
    const element = document.createElement('link');
    element.rel = rel;
    // Marked, so that the page's own record of the files it was started with (chunk-reload.ts)
    // leaves these out: index.html on the server never names them.
    element.setAttribute('data-startup-hint', '');
    if (as) element.setAttribute('as', as);
    element.href = file(name);
    return element;
  };

  let started = false;
  /** Loads the app: its entry module, its imports in parallel, and the page's own hints. */
  const startApp = (hints: readonly HTMLElement[]) => {
    if (started) return;
    started = true;
    const tags: HTMLElement[] = plan.entry.preloads.map((name) => {
      const preload = link(name, 'modulepreload');
      preload.crossOrigin = '';
      return preload;
    });
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.setAttribute('data-startup-hint', '');
    script.src = file(plan.entry.script);
    document.head.append(script, ...tags, ...hints);
  };

  /** The wizard's files for this link; a first paint if the build made one. */
  const wizardStart = (): { hints: HTMLElement[]; firstPaint?: () => void } => {
    const hash = location.hash.startsWith('#/') ? location.hash.slice(1) : '';
    let [path = '/', query = ''] = hash.split('?');
    if (!hash && plan.browserHistory) {
      path = location.pathname.startsWith(plan.basePath)
        ? `/${location.pathname.slice(plan.basePath.length)}`
        : location.pathname;
      query = location.search.slice(1);
    }
    if (path.replace(/\/+$/, '') !== '/wizard') return { hints: [] };

    const search = new URLSearchParams(query);
    const tree = search.get('tree') ?? plan.defaultTree;
    let lang = search.get('lang');
    if (lang !== 'en' && lang !== 'zh') {
      lang = 'en';
      const tags = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
      for (const tag of tags) {
        const lower = tag.toLowerCase();
        if (lower.startsWith('zh') || lower.startsWith('en')) {
          lang = lower.slice(0, 2);
          break;
        }
      }
    }
    const fromUrl = search.get('theme');
    let stored: string | null;
    try {
      stored = localStorage.getItem('runtime-advisor:theme');
    } catch {
      stored = null;
    }
    const wanted =
      fromUrl === 'light' || fromUrl === 'dark' || fromUrl === 'auto' ? fromUrl : stored;
    const choice = wanted === 'light' || wanted === 'dark' ? wanted : 'auto';
    const theme: 'light' | 'dark' =
      choice !== 'auto'
        ? choice
        : matchMedia('(prefers-color-scheme: dark)').matches
          ? 'dark'
          : 'light';

    const hints: HTMLElement[] = [];
    const drawing = `${tree}-${lang}-${theme}`;
    if (Object.hasOwn(plan.drawings, drawing)) {
      hints.push(link(plan.drawings[drawing] ?? '', 'modulepreload'));
    }
    for (const name of plan.wizard.js) hints.push(link(name, 'modulepreload'));

    // The state's key, as first-paint/key.ts makes it: pairs sorted, `theme` left out, the
    // tree and language the app would take filled in.
    const pairs: string[] = [];
    search.forEach((value, name) => {
      if (name !== 'theme' && name !== 'tree' && name !== 'lang') {
        pairs.push(`${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
      }
    });
    pairs.push(`tree=${encodeURIComponent(tree)}`, `lang=${lang}`);
    const key = pairs.sort().join('&');
    const first = plan.firstPaint;
    const page =
      first && Object.hasOwn(first.pages, key) && search.getAll('tree').length <= 1
        ? first.pages[key]?.[theme]
        : undefined;
    if (!first || !page) {
      for (const name of plan.wizard.css) hints.push(link(name, 'preload', 'style'));
      return { hints };
    }
    return {
      hints,
      firstPaint: () => {
        showFirstPaint(first, page, choice, () => {
          startApp(hints);
        });
      },
    };
  };

  /**
   * Shows the build's page `page` in #root once it, the wizard's stylesheets and the content
   * check are in, then calls `then` (also when it cannot show it, or runs out of patience).
   */
  const showFirstPaint = (
    first: FirstPaintPlan,
    page: string,
    choice: string,
    then: () => void,
  ) => {
    // The wizard's own stylesheets, applied now rather than preloaded: the page needs them.
    const sheets = first.css.map((name) => {
      const sheet = link(name, 'stylesheet');
      document.head.append(sheet);
      return new Promise<void>((resolve, reject) => {
        sheet.addEventListener('load', () => {
          resolve();
        });
        sheet.addEventListener('error', () => {
          reject(new Error(name));
        });
      });
    });
    const markup = fetch(file(page), { credentials: 'same-origin' }).then((response) =>
      response.ok ? response.text() : Promise.reject(new Error(String(response.status))),
    );
    const startedAt = location.href;
    const patience = setTimeout(then, first.patienceMs);
    const done = () => {
      clearTimeout(patience);
      then();
    };
    /** Parsed (and the app not started yet: its modules run after this). */
    const parsed = new Promise<void>((resolve) => {
      if (document.readyState !== 'loading') resolve();
      else {
        document.addEventListener(
          'readystatechange',
          () => {
            resolve();
          },
          { once: true },
        );
      }
    });
    /** index.html's own stylesheets too: the page is placed by measuring it. */
    const styled = parsed.then(() =>
      Promise.all(
        [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((sheet) =>
          sheet.sheet
            ? Promise.resolve()
            : new Promise<void>((resolve, reject) => {
                sheet.addEventListener('load', () => {
                  resolve();
                });
                sheet.addEventListener('error', () => {
                  reject(new Error(sheet.href));
                });
              }),
        ),
      ),
    );
    const builtIn = builtInContent(first.contentUrl);
    // A site with content of its own gets no first paint: its app need not wait for the page.
    void builtIn.then((yes) => {
      if (!yes) done();
    });
    void Promise.all([markup, builtIn, Promise.all(sheets), styled])
      .then(([html, isBuiltIn]) => isBuiltIn && show(first, html, choice, startedAt))
      .then((shown) => {
        // The app's code starts once the page has been painted: compiling and running it takes
        // the main thread for a few hundred milliseconds.
        if (shown) {
          requestAnimationFrame(() => {
            setTimeout(done, 0);
          });
        } else done();
      }, done);
  };

  /** Whether the site's content is the built-in content, as the app's loader would decide. */
  const builtInContent = async (configuredUrl: string): Promise<boolean> => {
    const configured = configuredUrl.trim();
    if (configured === 'none') return true;
    const url = new URL(configured === '' ? 'advisor.content.json' : configured, document.baseURI);
    if (url.origin !== location.origin) return false;
    let response: Response;
    try {
      response = await fetch(url, {
        credentials: 'same-origin',
        cache: 'no-cache',
        redirect: 'error',
      });
    } catch {
      // Unreachable: the app starts with the built-in content too.
      return true;
    }
    if ([403, 404, 410].includes(response.status)) return true;
    if (!response.ok) return false;
    const body = (await response.text()).replace(/^\uFEFF/, '').trim();
    const servedAsHtml = /\btext\/html\b/i.test(response.headers.get('content-type') ?? '');
    if (servedAsHtml && !body.startsWith('{')) return true;
    try {
      // The placeholder the build ships: only a `$schema`.
      const value: unknown = JSON.parse(body);
      return (
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.entries(value).every(
          ([name, text]) => name === '$schema' && typeof text === 'string',
        )
      );
    } catch {
      return false;
    }
  };

  /** The drawing's view, placed as the app's canvas places it (follow). */
  const placeDrawing = (first: FirstPaintPlan, root: HTMLElement) => {
    const host = root.querySelector<HTMLElement>('.diagram-canvas');
    const svg = host?.querySelector('svg');
    if (!host || !svg) return;
    const { width, height } = svg.viewBox.baseVal;
    if (width <= 0 || height <= 0 || host.clientWidth === 0) return;
    const wanted = view.contentHeight(width, height, host.clientWidth, first.readableScale);
    host.style.setProperty('--dg-content-height', `${String(wanted)}px`);
    const roomW = host.clientWidth;
    const roomH = host.clientHeight;
    const scales = {
      readable: first.readableScale,
      max: first.maxScale,
      padding: first.followPadding,
    };
    const { cx, cy, k } = view.placeView(svg, roomW, roomH, 1, 'follow', scales);
    const limits = view.viewLimits(width, height, roomW, roomH, first.maxScale);
    const placed = view.constrainView(
      { x: roomW / 2 - cx * k, y: roomH / 2 - cy * k, k },
      roomW,
      roomH,
      limits,
    );
    svg.style.setProperty(
      'transform',
      `translate(${String(placed.x)}px, ${String(placed.y)}px) scale(${String(placed.k)})`,
    );
    host.dataset.scale = placed.k.toFixed(3);
  };

  const show = (first: FirstPaintPlan, html: string, choice: string, startedAt: string) => {
    const root = document.getElementById('root');
    // The app has started (it renders the page itself), or the reader has moved on.
    if (!root || root.hasAttribute('data-app') || root.childElementCount > 0) return false;
    if (location.href !== startedAt) return false;
    // The build's own markup (src/first-paint/render.tsx), fetched from this site's assets.
    root.innerHTML = html;
    root.setAttribute('data-first-paint', '');
    // The page was rendered with the theme switch on "system": show the reader's choice.
    for (const button of root.querySelectorAll<HTMLElement>('.theme-option[data-choice]')) {
      button.setAttribute('aria-pressed', String(button.dataset.choice === choice));
    }
    placeDrawing(first, root);
    // Text typed here would be lost when the app renders its own fields: they take text once
    // the app is there (a moment later).
    for (const field of root.querySelectorAll('input, textarea')) {
      if (field.hasAttribute('readonly')) continue;
      field.setAttribute('readonly', '');
      field.setAttribute('data-first-paint-readonly', '');
    }
    performance.mark('ra:first-paint');

    const hold = (event: Event) => {
      if (!root.hasAttribute('data-first-paint')) {
        document.removeEventListener('click', hold, true);
        return;
      }
      const target = event.target instanceof Element ? event.target : null;
      if (!target || !root.contains(target)) return;
      event.preventDefault();
      event.stopPropagation();
      if (root.hasAttribute('data-first-paint-click')) return;
      // The exact element, so that the replay's click takes the same path up the page.
      root.setAttribute('data-first-paint-click', JSON.stringify(view.placeOf(root, target) ?? []));
      const control = target.closest('a, button, summary, [role="button"]') ?? target;
      control.setAttribute('data-first-paint-pressed', '');
      // One action is held, not a queue: the page takes no more until the app has replayed it
      // (a second click would land on whatever the first one changes).
      root.inert = true;
    };
    document.addEventListener('click', hold, true);
    // A new address before the app starts (back, forward, an edited URL): this page is not it.
    window.addEventListener(
      'hashchange',
      () => {
        if (!root.hasAttribute('data-first-paint')) return;
        root.replaceChildren();
        root.removeAttribute('data-first-paint');
        root.removeAttribute('data-first-paint-click');
      },
      { once: true },
    );
    return true;
  };

  let start: ReturnType<typeof wizardStart> = { hints: [] };
  try {
    start = wizardStart();
  } catch {
    // Whatever this page cannot read, the app reads for itself.
  }
  try {
    if (start.firstPaint) start.firstPaint();
    else startApp(start.hints);
  } catch {
    startApp(start.hints);
  }
}
