// Every figure in the shipped content has a source, and every source says enough to be
// checked: the guide's section, a citation with an https link and a date, or the basis of our
// own inference. The walk is generic, so a new kind of figure cannot slip past it.
import { describe, expect, it } from 'vitest';
import { builtInContent } from './index';
import type { Source } from './schema';

interface Found {
  path: string;
  source: Source | undefined;
}

function isSource(value: unknown): value is Source {
  if (typeof value !== 'object' || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  return kind === 'guide' || kind === 'citation' || kind === 'inference';
}

/** Figures: quantities (cold start, memory), published statements, case results, star ratings. */
function isFigure(record: Record<string, unknown>): boolean {
  return (
    ('bound' in record && 'display' in record) ||
    ('statement' in record && 'relation' in record) ||
    'isolationStars' in record ||
    ('results' in record && 'reasons' in record) ||
    'acceptable' in record
  );
}

function collect(value: unknown, path: string, inScope: Source | undefined, out: Found[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      collect(item, `${path}[${i}]`, inScope, out);
    });
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  const own = isSource(record.source) ? record.source : inScope;
  if (isFigure(record)) out.push({ path, source: own });
  for (const [key, child] of Object.entries(record)) {
    if (key !== 'source') collect(child, path ? `${path}.${key}` : key, own, out);
  }
}

describe('provenance of every figure', () => {
  const figures: Found[] = [];
  collect(builtInContent, '', undefined, figures);

  it('finds the figures: both tables’ quantities, published figures, case results, criteria', () => {
    expect(figures.filter((f) => f.path.startsWith('performance')).length).toBe(12);
    expect(figures.filter((f) => f.path.startsWith('publishedFigures')).length).toBe(
      builtInContent.publishedFigures.length +
        builtInContent.publishedFigures.filter((f) => f.quantity).length,
    );
    expect(figures.filter((f) => f.path.startsWith('caseStudies')).length).toBe(3);
    // A criterion that reads a published property row has its own `acceptable` marks for it.
    expect(figures.filter((f) => f.path.startsWith('criteria')).length).toBe(
      builtInContent.criteria.length +
        builtInContent.criteria.filter((criterion) => criterion.property).length,
    );
  });

  it('gives each one a source', () => {
    expect(figures.filter((f) => f.source === undefined).map((f) => f.path)).toEqual([]);
  });

  it('makes every source checkable', () => {
    const sources: Found[] = [];
    const visit = (value: unknown, path: string): void => {
      if (Array.isArray(value)) {
        value.forEach((item, i) => {
          visit(item, `${path}[${i}]`);
        });
      } else if (typeof value === 'object' && value !== null) {
        for (const [key, child] of Object.entries(value)) {
          if (key === 'source' && isSource(child)) sources.push({ path, source: child });
          else visit(child, `${path}.${key}`);
        }
      }
    };
    visit(builtInContent, '');
    expect(sources.length).toBeGreaterThan(50);
    for (const { path, source } of sources) {
      if (source?.kind === 'citation') {
        expect(source.url, path).toMatch(/^https:\/\/\S+$/);
        expect(source.date, path).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        expect(source.title.length, path).toBeGreaterThan(5);
      }
      if (source?.kind === 'inference') {
        expect(source.basis.en.length, path).toBeGreaterThan(20);
        expect(source.basis.zh.length, path).toBeGreaterThan(5);
      }
    }
  });

  it('never presents published practice or a reading of the guide as the guide’s own word', () => {
    for (const practice of builtInContent.publishedPractices) {
      expect(practice.source.kind, practice.id).toBe('citation');
    }
    for (const criterion of builtInContent.criteria) {
      expect(criterion.source.kind, criterion.id).toBe('inference');
    }
  });
});
