// The benchmark's probes read the product's test hooks. These tests run them against a
// stand-in page that follows those hooks (bench/fixtures/contract-page), so the measurements
// are known to work on a diagram before the app's diagram exists, and a missing diagram is
// reported as such. Only what was detected is checked here, never how fast.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from '@playwright/test';
import { findChromium, HOW_TO_GET_CHROMIUM, launchChromium } from './browser.mjs';
import { measureLoad, NO_DIAGRAM, walkSession } from './measure.mjs';
import { serveStatic, type StaticServer } from './serve.mjs';

const chromium = await findChromium();
if (!chromium) console.warn(`Skipping the benchmark probe tests.\n${HOW_TO_GET_CHROMIUM}`);

describe.skipIf(!chromium)('benchmark probes on a page that follows the test hooks', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveStatic(path.join(import.meta.dirname, '../fixtures/contract-page'), 0);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('times the first question and the diagram on a fresh load', async () => {
    const load = await measureLoad(browser, `${server.url}#/wizard?tree=guide`, {
      expect: ['firstQuestion', 'diagram'],
    });
    expect(load.marks.firstQuestion).toBeGreaterThan(0);
    // The stand-in draws its diagram after its question: the probe must see that order.
    expect(load.marks.diagram).toBeGreaterThan(load.marks.firstQuestion ?? Infinity);
    expect(load.notes).toEqual({});
    expect(load.scripts).toEqual(['/page.js']);
    expect(load.errors).toEqual([]);
  });

  it('times the result and the diagram on a share link', async () => {
    const load = await measureLoad(
      browser,
      `${server.url}#/wizard?resource_constrained=no&fast_startup=yes`,
      { expect: ['result', 'diagram'] },
    );
    expect(load.marks.result).toBeGreaterThan(0);
    expect(load.marks.diagram).toBeGreaterThan(0);
    expect(load.marks.firstQuestion).toBeUndefined();
  });

  it('reports a missing diagram instead of a number', async () => {
    const load = await measureLoad(browser, `${server.url}#/wizard?nodiagram=1`, {
      expect: ['firstQuestion', 'diagram'],
    });
    expect(load.marks.firstQuestion).toBeGreaterThan(0);
    expect(load.marks.diagram).toBeUndefined();
    expect(load.notes.diagram).toBe(NO_DIAGRAM);
  });

  it('walks every path of the tree, timing each answer and the marks it moves', async () => {
    const session = await walkSession(browser, server.url, { minAnswers: 1 });
    expect(session.walks).toBe(5);
    // Walk w answers Yes at step s when bit s of w is set: the guide's five paths, in order.
    expect(
      session.answers.map(
        (a) => `${a.walk}:${a.label}->${a.to ?? 'nothing'}:${a.marks === undefined ? '-' : 'm'}`,
      ),
    ).toEqual([
      '0:No->question:m',
      '0:No->question:m',
      '0:No->result:m',
      '1:Yes->question:m',
      '1:No->result:m',
      '2:No->question:m',
      '2:Yes->result:m',
      '3:Yes->question:m',
      '3:Yes->result:m',
      '4:No->question:m',
      '4:No->question:m',
      '4:Yes->result:m',
    ]);
    for (const answer of session.answers) {
      expect(answer.timedOut).toBe(false);
      expect(answer.shown).toBeGreaterThanOrEqual(0);
    }
    expect(session.errors).toEqual([]);
  });
});
