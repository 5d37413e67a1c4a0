// The deployment snippets must work when copied: every YAML and TOML block parses, each
// RuntimeClass names a runtime its paired containerd config defines, every Pod names a class
// that exists in its set, every block cites a source and every installer pins its versions.
// The expectations here (K3s's and kata-deploy's class names, the newest versions) are written
// from the projects' own documentation, not read back from the snippets under test.
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { parse as parseToml } from 'smol-toml';
import { withCurrentSnippets } from './current-snippets';
import { builtInContent } from './index';
import type { Snippet, SnippetTarget } from './schema';

const snippets = withCurrentSnippets(builtInContent.snippets);
const current = snippets.filter((snippet) => snippet.origin === 'current');
const LANGS = ['en', 'zh'] as const;

// ---------------------------------------------------------------- helpers

/** Bodies of `<<EOF` / `<<'EOF'` / `<<-EOF` heredocs, with the command line that opens them. */
function heredocs(code: string): { command: string; body: string }[] {
  const found: { command: string; body: string }[] = [];
  const lines = code.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /<<-?\s*['"]?(\w+)['"]?/.exec(lines[i] ?? '');
    if (!match) continue;
    const delimiter = match[1];
    const end = lines.findIndex((line, j) => j > i && line.trim() === delimiter);
    if (end === -1) throw new Error(`unterminated heredoc ${String(delimiter)}`);
    found.push({ command: lines[i] ?? '', body: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return found;
}

type Embedded = { language: 'yaml' | 'toml'; text: string };

/** YAML and TOML texts in a block: the block itself, or the heredocs a bash block writes. */
function embeddedTexts(snippet: Snippet, lang: 'en' | 'zh'): Embedded[] {
  const code = snippet.code[lang];
  if (snippet.language === 'yaml' || snippet.language === 'toml') {
    return [{ language: snippet.language, text: code }];
  }
  return heredocs(code).flatMap(({ command, body }): Embedded[] => {
    if (/\.toml\b/.test(command)) return [{ language: 'toml', text: body }];
    if (/kubectl (apply|create) -f -/.test(command) || /\.ya?ml\b/.test(command)) {
      return [{ language: 'yaml', text: body }];
    }
    return [];
  });
}

/** K3s templates start with Go template actions (`{{ template "base" . }}`), which are not TOML. */
function withoutTemplateActions(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*\{\{.*\}\}\s*$/.test(line))
    .join('\n');
}

function parseTomlText(text: string): Record<string, unknown> {
  return parseToml(withoutTemplateActions(text));
}

function yamlDocs(text: string): Record<string, unknown>[] {
  return parseAllDocuments(text).map((doc) => {
    if (doc.errors.length > 0) throw new Error(doc.errors.map((e) => e.message).join('; '));
    return doc.toJS() as Record<string, unknown>;
  });
}

function get(value: unknown, ...path: string[]): unknown {
  let here = value;
  for (const key of path) {
    if (typeof here !== 'object' || here === null) return undefined;
    here = (here as Record<string, unknown>)[key];
  }
  return here;
}

const CRI_V3 = ['plugins', 'io.containerd.cri.v1.runtime', 'containerd', 'runtimes'];
const CRI_V2 = ['plugins', 'io.containerd.grpc.v1.cri', 'containerd', 'runtimes'];

/** containerd 2.x (and K3s, which ships it) use config version 3; containerd 1.x version 2. */
function expectedConfigVersion(target: SnippetTarget | undefined): 2 | 3 | undefined {
  if (target === 'k8s_containerd2' || target === 'k3s') return 3;
  if (target === 'k8s_containerd1') return 2;
  return undefined;
}

/**
 * Runtime names a configuration block defines. TOML: the runtime tables under the CRI plugin
 * for its config version. Bash: runtimes created by a documented command (NVIDIA's toolkit
 * names its containerd runtime "nvidia").
 */
function definedRuntimes(snippet: Snippet): string[] {
  const names: string[] = [];
  for (const { language, text } of embeddedTexts(snippet, 'en')) {
    if (language !== 'toml') continue;
    const config = parseTomlText(text);
    const version = expectedConfigVersion(snippet.target);
    const tables = get(config, ...(version === 2 ? CRI_V2 : CRI_V3));
    if (typeof tables === 'object' && tables !== null) names.push(...Object.keys(tables));
  }
  if (/nvidia-ctk runtime configure --runtime=containerd/.test(snippet.code.en)) {
    names.push('nvidia');
  }
  return names;
}

function docsOfKind(snippet: Snippet, kind: string): Record<string, unknown>[] {
  return embeddedTexts(snippet, 'en')
    .filter((embedded) => embedded.language === 'yaml')
    .flatMap((embedded) => yamlDocs(embedded.text))
    .filter((doc) => doc.kind === kind);
}

/** Lines that are commands or data, not comments (comments are the only translated part). */
function commandLines(code: string): string[] {
  return code.split('\n').filter((line) => !line.trim().startsWith('#'));
}

const INSTALLS =
  /apt-get install|helm install|install_v2\.sh|get\.k3s\.io|releases\/download|gvisor\/releases|sudo install |tar .*-x|dnf install|yum install/;

function setOf(snippet: Snippet): Snippet[] {
  return current.filter(
    (other) => other.runtime === snippet.runtime && other.target === snippet.target,
  );
}

// RuntimeClasses that tools create themselves (K3s, kata-deploy).
const K3S_CREATED = ['crun', 'lunatic', 'nvidia', 'nvidia-experimental', 'slight', 'spin'].concat([
  'wasmedge',
  'wasmer',
  'wasmtime',
  'wws',
]);
const KATA_DEPLOY_CREATED = [
  'kata-qemu-runtime-rs',
  'kata-qemu',
  'kata-clh',
  'kata-fc',
  'kata-dragonball',
  'kata-qemu-nvidia-gpu',
];

// ---------------------------------------------------------------- parsing

describe('every snippet parses', () => {
  it('finds the guide’s heredocs (the extractor works)', () => {
    const guide = snippets.filter((snippet) => snippet.origin === 'guide');
    const found = guide.flatMap((snippet) => embeddedTexts(snippet, 'en'));
    expect(found.map((embedded) => embedded.language).sort()).toEqual(['toml', 'toml', 'yaml']);
    expect(heredocs("cat <<'EOF' > x\na: 1\nEOF\necho")).toEqual([
      { command: "cat <<'EOF' > x", body: 'a: 1' },
    ]);
  });

  it('has YAML and TOML blocks to check', () => {
    const languages = new Set(current.map((snippet) => snippet.language));
    expect([...languages].sort()).toEqual(['bash', 'toml', 'yaml']);
  });

  for (const snippet of current) {
    for (const lang of LANGS) {
      for (const [index, embedded] of embeddedTexts(snippet, lang).entries()) {
        it(`${snippet.id} (${lang}) #${index}: ${embedded.language} parses`, () => {
          if (embedded.language === 'yaml') {
            const docs = yamlDocs(embedded.text);
            expect(docs.length).toBeGreaterThan(0);
            for (const doc of docs) {
              expect(typeof doc.apiVersion, 'apiVersion').toBe('string');
              expect(typeof doc.kind, 'kind').toBe('string');
            }
          } else {
            expect(() => parseTomlText(embedded.text)).not.toThrow();
          }
        });
      }
    }
  }

  it('rejects broken YAML and TOML (the checks can fail)', () => {
    expect(() => yamlDocs('kind: Pod\n  bad: indent\n- x')).toThrow();
    expect(() => parseTomlText('[a]\nx = 1\n[a]\nx = 2')).toThrow();
    expect(() => parseTomlText("version = 3\n[plugins.'x'\n")).toThrow();
  });
});

// ---------------------------------------------------------------- pairing

describe('RuntimeClasses and their containerd configs', () => {
  const runtimeClassSnippets = current.filter(
    (snippet) => docsOfKind(snippet, 'RuntimeClass').length > 0,
  );

  it('has RuntimeClasses to check', () => {
    expect(runtimeClassSnippets.length).toBeGreaterThanOrEqual(8);
  });

  for (const snippet of runtimeClassSnippets) {
    it(`${snippet.id}: the handler is a runtime in the paired config for ${String(snippet.target)}`, () => {
      expect(snippet.pairsWith, 'pairsWith').toBeDefined();
      const config = current.find((other) => other.id === snippet.pairsWith);
      expect(config, `paired snippet ${String(snippet.pairsWith)}`).toBeDefined();
      if (!config) return;
      expect(config.runtime).toBe(snippet.runtime);
      expect(config.target).toBe(snippet.target);
      const runtimes = definedRuntimes(config);
      for (const doc of docsOfKind(snippet, 'RuntimeClass')) {
        expect(runtimes).toContain(doc.handler);
      }
    });
  }

  it('puts runtime tables where each containerd version reads them', () => {
    const configs = current.filter((snippet) => snippet.language === 'toml');
    expect(configs.length).toBeGreaterThan(0);
    for (const snippet of configs) {
      const config = parseTomlText(snippet.code.en);
      const version = expectedConfigVersion(snippet.target);
      if (config.runsc_config !== undefined) continue; // runsc's own config file, not containerd's
      if (version === 3) {
        expect(get(config, ...CRI_V2), snippet.id).toBeUndefined();
        expect(get(config, ...CRI_V3), snippet.id).toBeDefined();
      } else {
        expect(get(config, ...CRI_V3), snippet.id).toBeUndefined();
        expect(get(config, ...CRI_V2), snippet.id).toBeDefined();
      }
      if (config.version !== undefined) expect(config.version, snippet.id).toBe(version);
    }
  });

  it('gives every runtime table a runtime_type for a shim that exists', () => {
    const shims = /^io\.containerd\.(runc\.v2|runsc\.v1|kata\.v2|wasmedge\.v1)$/;
    for (const snippet of current.filter((s) => s.language === 'toml')) {
      const tables = get(
        parseTomlText(snippet.code.en),
        ...(expectedConfigVersion(snippet.target) === 2 ? CRI_V2 : CRI_V3),
      );
      for (const [name, table] of Object.entries((tables ?? {}) as Record<string, unknown>)) {
        expect(get(table, 'runtime_type'), `${snippet.id} ${name}`).toMatch(shims);
      }
    }
  });

  it('gives every Pod a RuntimeClass that its set creates, or that a tool it installs creates', () => {
    const pods = current.filter((snippet) => docsOfKind(snippet, 'Pod').length > 0);
    expect(pods.length).toBeGreaterThanOrEqual(12);
    for (const snippet of pods) {
      const set = setOf(snippet);
      const defined = set.flatMap((other) =>
        docsOfKind(other, 'RuntimeClass').map((doc) => get(doc, 'metadata', 'name')),
      );
      const usesKataDeploy = set.some((other) => /kata-deploy/.test(other.code.en));
      const isK3s = snippet.target === 'k3s';
      for (const doc of docsOfKind(snippet, 'Pod')) {
        const name = get(doc, 'spec', 'runtimeClassName');
        if (name === undefined) continue; // the node's default runtime (runc)
        expect(typeof name, snippet.id).toBe('string');
        if (typeof name !== 'string') continue;
        const known =
          defined.includes(name) ||
          (isK3s && K3S_CREATED.includes(name)) ||
          (usesKataDeploy && KATA_DEPLOY_CREATED.includes(name));
        expect(known, `${snippet.id}: runtimeClassName ${name}`).toBe(true);
      }
    }
  });

  it('never uses the guide’s “wasm” handler or Kata 1.x packages', () => {
    for (const snippet of current) {
      expect(snippet.code.en, snippet.id).not.toMatch(/handler: wasm\s*$/m);
      expect(snippet.code.en, snippet.id).not.toMatch(/kata-proxy|kata-shim\b/);
      expect(snippet.code.en, snippet.id).not.toMatch(/utils\/install\.sh/);
    }
  });
});

// ---------------------------------------------------------------- provenance and versions

describe('sources and versions', () => {
  it('gives every snippet a source, with an https link for citations', () => {
    for (const snippet of snippets) {
      expect(['guide', 'citation', 'inference'], snippet.id).toContain(snippet.source.kind);
      if (snippet.source.kind === 'citation') {
        expect(snippet.source.url, snippet.id).toMatch(/^https:\/\/\S+$/);
      }
    }
    for (const snippet of current) expect(snippet.source.kind, snippet.id).toBe('citation');
  });

  it('pins a version in every snippet that installs something, and the code uses it', () => {
    const installers = current.filter((snippet) => INSTALLS.test(snippet.code.en));
    expect(installers.length).toBeGreaterThanOrEqual(12);
    for (const snippet of installers) {
      expect(snippet.versions?.length ?? 0, snippet.id).toBeGreaterThan(0);
      for (const pinned of snippet.versions ?? []) {
        for (const lang of LANGS) {
          expect(
            commandLines(snippet.code[lang]).join('\n'),
            `${snippet.id} ${pinned.version}`,
          ).toContain(pinned.version);
        }
      }
      // "latest" in a download URL, or a script from a moving branch, would undo the pin.
      expect(snippet.code.en, snippet.id).not.toMatch(/releases?\/[^\s]*latest/);
      expect(snippet.code.en, snippet.id).not.toMatch(
        /githubusercontent\.com\/[^\s]*\/(master|main)\//,
      );
    }
  });

  it('fetches every piped installer script from a path that names a pinned release', () => {
    let piped = 0;
    for (const snippet of current) {
      const pins = (snippet.versions ?? []).flatMap((pinned) => [
        pinned.version,
        encodeURIComponent(pinned.version),
      ]);
      for (const line of commandLines(snippet.code.en)) {
        const fetched =
          /curl\s[^|]*?(https:\/\/\S+)\s*\|\s*(?:\w+=\S+\s+)*(?:sudo\s+)?(?:ba)?sh\b/.exec(line);
        if (!fetched) continue;
        piped++;
        const url = fetched[1] ?? '';
        expect(
          pins.some((pin) => url.includes(pin)),
          `${snippet.id}: ${url}`,
        ).toBe(true);
      }
    }
    // The K3s and WasmEdge installers at least.
    expect(piped).toBeGreaterThanOrEqual(2);
  });

  it('pins the newest releases checked when the snippets were written', () => {
    const all = current.map((snippet) => snippet.code.en).join('\n');
    for (const expected of [
      'INSTALL_K3S_VERSION=v1.37.1+k3s1',
      'export VERSION=4.1.0',
      'WasmEdge/0.17.1/utils/install_v2.sh | bash -s -- -v 0.17.1',
      'kata-static-${KATA_VERSION}-amd64.tar.zst',
      'tar --zstd',
      'containerd-shim-wasmedge%2Fv0.6.0',
      'releases/release/20260817.0/',
      'CONTAINERD_VERSION=2.3.4',
      'CONTAINERD_VERSION=1.7.34',
      'RUNC_VERSION=1.5.1',
    ]) {
      expect(all).toContain(expected);
    }
  });

  it('labels every departure from a source, and only those', () => {
    for (const snippet of current) {
      expect(typeof snippet.verified, snippet.id).toBe('boolean');
      if (snippet.verified === false) expect(snippet.unverifiedNote?.en, snippet.id).toBeTruthy();
      else expect(snippet.unverifiedNote, snippet.id).toBeUndefined();
    }
  });
});

// ---------------------------------------------------------------- shape of the sets

describe('the sets', () => {
  it('keeps commands identical in both languages (only comments are translated)', () => {
    for (const snippet of current) {
      expect(commandLines(snippet.code.zh), snippet.id).toEqual(commandLines(snippet.code.en));
      expect(snippet.code.zh.split('\n').length, snippet.id).toBe(
        snippet.code.en.split('\n').length,
      );
    }
  });

  it('gives every current snippet a target and a step', () => {
    for (const snippet of current) {
      expect(snippet.target, snippet.id).toBeDefined();
      expect(snippet.step, snippet.id).toBeDefined();
    }
  });

  it('has an install and a smoke test for every runtime and target, and a Pod on Kubernetes', () => {
    for (const runtime of ['wasmedge', 'runc', 'kata', 'gvisor']) {
      for (const target of ['k8s_containerd2', 'k8s_containerd1', 'k3s', 'ctr'] as const) {
        const steps = current
          .filter((snippet) => snippet.runtime === runtime && snippet.target === target)
          .map((snippet) => snippet.step);
        expect(steps, `${runtime} ${target}`).toContain('install');
        expect(steps, `${runtime} ${target}`).toContain('smoke');
        if (target !== 'ctr') expect(steps, `${runtime} ${target}`).toContain('pod');
      }
    }
  });

  it('has a GPU variant for every runtime, each stating its limits', () => {
    for (const runtime of ['wasmedge', 'runc', 'kata', 'gvisor']) {
      const gpu = current.filter((s) => s.runtime === runtime && s.step === 'gpu');
      expect(gpu.length, runtime).toBeGreaterThan(0);
      expect(
        gpu.some((s) => /^Limits:/.test(s.note?.en ?? '') && /^限制：/.test(s.note?.zh ?? '')),
        runtime,
      ).toBe(true);
    }
    const all = current.map((snippet) => snippet.code.en).join('\n');
    expect(all).toContain('runtimeClassName: kata-qemu-nvidia-gpu');
    expect(all).toContain('nvproxy = "true"');
    expect(all).toContain('--ggmlcuda=12');
    expect(all).toContain('nvidia-ctk runtime configure --runtime=containerd');
  });

  it('gives every block a unique file name that matches its language', () => {
    const ext = { bash: '.sh', yaml: '.yaml', toml: '.toml' };
    const names = current.map((snippet) => snippet.filename);
    expect(new Set(names).size).toBe(names.length);
    for (const snippet of current) {
      expect(snippet.filename?.endsWith(ext[snippet.language]), snippet.id).toBe(true);
      expect(snippet.filename?.startsWith(`${snippet.runtime}-${String(snippet.target)}-`)).toBe(
        true,
      );
    }
  });

  it('applies only files that its own set downloads', () => {
    for (const snippet of current) {
      const names = setOf(snippet).map((other) => other.filename);
      for (const match of snippet.code.en.matchAll(/-f (\S+\.ya?ml)/g)) {
        expect(names, `${snippet.id} applies ${String(match[1])}`).toContain(match[1]);
      }
    }
  });
});
