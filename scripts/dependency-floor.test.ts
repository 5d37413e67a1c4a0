// Fails when an installed dependency is older than its last security fix. The registry's audit
// endpoint cannot be reached from the build machines, so `npm audit` cannot be the check; this
// table is the project's own record. Add a row when an advisory lands for anything in
// package-lock.json (runtime dependencies first: they ship to users), and never lower a floor.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

interface Floor {
  name: string;
  /** The first fixed version of each affected release line (`x` for x >= 1, `0.y` below 1). */
  fixed: string[];
  advisory: string;
  /** Must be installed at all (the app depends on it directly). */
  required?: boolean;
}

export const FLOORS: readonly Floor[] = [
  // Shipped to users.
  {
    name: 'mermaid',
    fixed: ['11.15.0'],
    advisory:
      'CVE-2026-41148, CVE-2026-41149: classDef/style injection; 11.15.0 has the last injection fixes',
    required: true,
  },
  { name: 'dompurify', fixed: ['3.2.4'], advisory: 'CVE-2025-26791: mXSS (via mermaid)' },
  { name: 'katex', fixed: ['0.16.21'], advisory: 'CVE-2025-23207: \\htmlData XSS (via mermaid)' },
  {
    name: 'lodash-es',
    fixed: ['4.17.21'],
    advisory: 'CVE-2021-23337: command injection in template (via mermaid)',
  },
  {
    name: 'd3-color',
    fixed: ['3.1.0'],
    advisory: 'GHSA-36jr-mh4h-2g58: ReDoS (via mermaid, recharts)',
  },
  { name: 'marked', fixed: ['4.0.10'], advisory: 'CVE-2022-21680, CVE-2022-21681: ReDoS' },
  { name: 'highlight.js', fixed: ['10.4.1'], advisory: 'GHSA-7wwv-vh3v-89cq: ReDoS' },
  { name: 'zod', fixed: ['3.22.3'], advisory: 'CVE-2023-4316: ReDoS in email validation' },
  // Build and test tooling.
  {
    name: 'vite',
    fixed: ['4.5.10', '5.4.15', '6.0.12', '6.1.2', '6.2.3'],
    advisory: 'CVE-2025-30208: dev server file access bypass',
  },
  { name: 'postcss', fixed: ['8.4.31'], advisory: 'CVE-2023-44270: line return parsing' },
  {
    name: '@babel/traverse',
    fixed: ['7.23.2'],
    advisory: 'CVE-2023-45133: arbitrary code execution',
  },
  {
    name: '@babel/helpers',
    fixed: ['7.26.10'],
    advisory: 'CVE-2025-27789: ReDoS in generated named-group code',
  },
  {
    name: '@babel/runtime',
    fixed: ['7.26.10'],
    advisory: 'CVE-2025-27789: ReDoS in generated named-group code',
  },
  { name: 'cross-spawn', fixed: ['6.0.6', '7.0.5'], advisory: 'CVE-2024-21538: ReDoS' },
  { name: 'nanoid', fixed: ['3.3.8', '5.0.9'], advisory: 'CVE-2024-55565: predictable output' },
  { name: 'semver', fixed: ['5.7.2', '6.3.1', '7.5.2'], advisory: 'CVE-2022-25883: ReDoS' },
  {
    name: 'undici',
    fixed: ['5.28.5', '6.21.1', '7.2.3'],
    advisory: 'CVE-2025-22150: predictable multipart boundary',
  },
];

// ---------------------------------------------------------------- versions

interface Version {
  numbers: [number, number, number];
  prerelease: (string | number)[];
}

export function parseVersion(text: string): Version | undefined {
  const match = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(
    text.trim(),
  );
  if (!match) return undefined;
  const prerelease = (match[4] ?? '')
    .split('.')
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  return { numbers: [Number(match[1]), Number(match[2]), Number(match[3])], prerelease };
}

/** Semantic Versioning 2.0.0 precedence: negative, zero or positive like a sort comparator. */
export function compareVersions(a: string, b: string): number {
  const left = parseVersion(a);
  const right = parseVersion(b);
  if (!left || !right) throw new Error(`not a version: ${left ? b : a}`);
  for (let i = 0; i < 3; i += 1) {
    const diff = (left.numbers[i] ?? 0) - (right.numbers[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  // A pre-release comes before its release; identifiers compare numerically, then as text.
  if (left.prerelease.length === 0 || right.prerelease.length === 0) {
    return Math.sign(right.prerelease.length - left.prerelease.length);
  }
  const length = Math.max(left.prerelease.length, right.prerelease.length);
  for (let i = 0; i < length; i += 1) {
    const x = left.prerelease[i];
    const y = right.prerelease[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return Math.sign(x - y);
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * The release line a version belongs to: its major, or `major.minor` where the table lists
 * several fixes within one major (vite 6.0.12, 6.1.2, 6.2.3), or `0.minor` before 1.0.
 */
function lineOf(version: string, fixed: readonly string[]): [number, number] {
  const parsed = parseVersion(version);
  if (!parsed) throw new Error(`not a version: ${version}`);
  const [major, minor] = parsed.numbers;
  if (major === 0) return [0, minor];
  const fixesInMajor = fixed.filter((entry) => parseVersion(entry)?.numbers[0] === major);
  return fixesInMajor.length > 1 ? [major, minor] : [major, 0];
}

const compareLines = (a: [number, number], b: [number, number]) => a[0] - b[0] || a[1] - b[1];

/**
 * Safe when at or above the fix for its own release line, or on a line newer than every
 * affected one. A line older than every fix, or between fixed lines without its own fix, is not.
 */
export function isAtOrAboveFloor(installed: string, fixed: readonly string[]): boolean {
  const line = lineOf(installed, fixed);
  const lines = fixed.map((version) => lineOf(version, fixed));
  const sameLine = fixed.filter((_, i) => compareLines(lines[i] ?? [0, 0], line) === 0);
  if (sameLine.length > 0) {
    return sameLine.every((version) => compareVersions(installed, version) >= 0);
  }
  return lines.every((fixedLine) => compareLines(line, fixedLine) > 0);
}

// ---------------------------------------------------------------- the lockfile

interface Lockfile {
  packages?: Record<string, { version?: string; link?: boolean }>;
}

/** Every installed copy of a package (nested copies included), as [where, version]. */
export function installedCopies(lock: Lockfile, name: string): [string, string][] {
  const suffix = `node_modules/${name}`;
  return Object.entries(lock.packages ?? {})
    .filter(([where, entry]) => where.endsWith(suffix) && !entry.link)
    .filter(([where]) => where === suffix || where.endsWith(`/${suffix}`))
    .map(([where, entry]) => [where, entry.version ?? '']);
}

export function findViolations(lock: Lockfile, floors: readonly Floor[]): string[] {
  const violations: string[] = [];
  for (const floor of floors) {
    const copies = installedCopies(lock, floor.name);
    if (copies.length === 0 && floor.required) {
      violations.push(`${floor.name} is not installed`);
    }
    for (const [where, version] of copies) {
      if (!parseVersion(version)) {
        violations.push(`${where}: cannot read version "${version}"`);
      } else if (!isAtOrAboveFloor(version, floor.fixed)) {
        violations.push(
          `${where} ${version} is below its fixed version (${floor.fixed.join(' / ')}): ${floor.advisory}`,
        );
      }
    }
  }
  return violations;
}

// ---------------------------------------------------------------- tests

describe('the dependency floor', () => {
  it('every installed dependency is at or above its last security fix', () => {
    const lockPath = path.resolve(import.meta.dirname, '..', 'package-lock.json');
    const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as Lockfile;
    expect(findViolations(lock, FLOORS)).toEqual([]);
  });

  it('fails for a mermaid below 11.15.0, a pre-release of it, or a missing mermaid', () => {
    const lockWith = (packages: Record<string, string>): Lockfile => ({
      packages: Object.fromEntries(
        Object.entries(packages).map(([where, version]) => [where, { version }]),
      ),
    });
    const mermaidOnly = FLOORS.filter((floor) => floor.name === 'mermaid');
    expect(findViolations(lockWith({ 'node_modules/mermaid': '11.14.9' }), mermaidOnly)).toEqual([
      expect.stringContaining('node_modules/mermaid 11.14.9 is below'),
    ]);
    expect(
      findViolations(lockWith({ 'node_modules/mermaid': '11.15.0-rc.1' }), mermaidOnly),
    ).toHaveLength(1);
    expect(
      findViolations(lockWith({ 'node_modules/mermaid': '10.9.3' }), mermaidOnly),
    ).toHaveLength(1);
    expect(findViolations(lockWith({}), mermaidOnly)).toEqual(['mermaid is not installed']);
    expect(findViolations(lockWith({ 'node_modules/mermaid': '11.15.0' }), mermaidOnly)).toEqual(
      [],
    );
    expect(findViolations(lockWith({ 'node_modules/mermaid': '12.0.0' }), mermaidOnly)).toEqual([]);
  });

  it('checks nested copies too, each against its own release line', () => {
    const lock: Lockfile = {
      packages: {
        'node_modules/semver': { version: '7.6.0' },
        'node_modules/a/node_modules/semver': { version: '6.3.0' },
        'node_modules/b/node_modules/semver': { version: '5.7.2' },
        'node_modules/not-semver': { version: '0.0.1' },
      },
    };
    const semverOnly = FLOORS.filter((floor) => floor.name === 'semver');
    expect(findViolations(lock, semverOnly)).toEqual([
      expect.stringContaining('node_modules/a/node_modules/semver 6.3.0 is below'),
    ]);
  });

  it('knows which release lines a fix covers', () => {
    const vite = ['4.5.10', '5.4.15', '6.0.12', '6.1.2', '6.2.3'];
    expect(isAtOrAboveFloor('8.3.8', vite)).toBe(true);
    expect(isAtOrAboveFloor('6.2.3', vite)).toBe(true);
    expect(isAtOrAboveFloor('6.1.1', vite)).toBe(false);
    expect(isAtOrAboveFloor('5.4.14', vite)).toBe(false);
    expect(isAtOrAboveFloor('6.0.5', vite)).toBe(false);
    expect(isAtOrAboveFloor('6.3.0', vite)).toBe(true);
    expect(isAtOrAboveFloor('5.3.0', vite)).toBe(false);
    expect(isAtOrAboveFloor('3.2.0', vite)).toBe(false);
    // Below 1.0 the minor is the line: 0.17 is a newer line than 0.16, 0.15 an older one.
    expect(isAtOrAboveFloor('0.16.20', ['0.16.21'])).toBe(false);
    expect(isAtOrAboveFloor('0.17.0', ['0.16.21'])).toBe(true);
    expect(isAtOrAboveFloor('0.15.9', ['0.16.21'])).toBe(false);
    // A line between two fixed lines without a fix of its own is not assumed safe.
    expect(isAtOrAboveFloor('6.5.0', ['5.7.2', '7.5.2'])).toBe(false);
  });
});

describe('compareVersions', () => {
  it.each([
    ['1.0.0', '1.0.1', -1],
    ['1.10.0', '1.9.9', 1],
    ['11.15.0', '11.15.0', 0],
    ['11.15.0', 'v11.15.0', 0],
    ['1.0.0+build.5', '1.0.0', 0],
    ['1.0.0-alpha', '1.0.0', -1],
    ['1.0.0-alpha', '1.0.0-alpha.1', -1],
    ['1.0.0-alpha.1', '1.0.0-alpha.beta', -1],
    ['1.0.0-alpha.beta', '1.0.0-beta', -1],
    ['1.0.0-beta.2', '1.0.0-beta.11', -1],
    ['1.0.0-beta.11', '1.0.0-rc.1', -1],
  ] as const)('%s vs %s', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
    expect(compareVersions(b, a)).toBe(-expected || 0);
  });

  it('refuses what is not a version', () => {
    expect(() => compareVersions('11.x', '11.15.0')).toThrow(/not a version: 11\.x/);
    expect(parseVersion('latest')).toBeUndefined();
  });
});
