// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentGate, ContentLoadProvider } from '../../app/content-load';
import type { ContentLoad } from '../../app/content-loader';
import { builtInContent } from '../../content';
import { LangContext } from '../../i18n';
import { ContentErrorsPanel } from './content-errors-panel';

afterEach(cleanup);

const MARKUP = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

const broken: ContentLoad = {
  status: 'invalid',
  url: 'https://portal.example/tools/advisor/advisor.content.json',
  problems: [
    {
      path: 'trees[0].nodes[2].answers[0].next',
      nodeId: 'per_request',
      message: 'answers form a cycle: customer_code -> per_request -> customer_code',
    },
    { path: 'trees[0].title.en', message: `unknown value ${MARKUP}` },
    { path: 'matrix.criteria[3].questionId', message: 'not a question', inBuiltIn: true },
  ],
};

async function renderPanel(load: ContentLoad, lang: 'en' | 'zh' = 'en') {
  const settled = Promise.resolve(load);
  await act(async () => {
    render(
      <LangContext.Provider value={lang}>
        <ContentLoadProvider load={settled}>
          <ContentGate fallback={<p>waiting</p>}>
            <ContentErrorsPanel />
          </ContentGate>
        </ContentLoadProvider>
      </LangContext.Provider>,
    );
    await settled;
  });
}

describe('ContentErrorsPanel', () => {
  it('lists every problem with its JSON path and node id', async () => {
    await renderPanel(broken);
    const items = screen.getAllByTestId('content-problem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Where: trees[0].nodes[2].answers[0].nextNode per_requestanswers form a cycle: customer_code -> per_request -> customer_code',
      `Where: trees[0].title.enunknown value ${MARKUP}`,
      'Where: matrix.criteria[3].questionIdin the built-in content, broken by this filenot a question',
    ]);
    expect(screen.getByTestId('content-errors').textContent).toContain(
      '/tools/advisor/advisor.content.json',
    );
  });

  it('shows markup from the file as text', async () => {
    await renderPanel(broken);
    const panel = screen.getByTestId('content-errors');
    expect(panel.querySelector('img, script')).toBeNull();
    expect(panel.textContent).toContain(MARKUP);
  });

  it('speaks Chinese, and can be dismissed', async () => {
    await renderPanel(broken, 'zh');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('无法使用本站的内容文件');
    fireEvent.click(screen.getByRole('button', { name: '关闭内容问题列表' }));
    expect(screen.queryByTestId('content-errors')).toBeNull();
  });

  it('counts every problem, the ones not listed too', async () => {
    const listed = Array.from({ length: 100 }, (_, i) => ({
      path: `publishedFigures[${String(i)}].id`,
      message: 'must be a lower-case id',
    }));
    await renderPanel({
      ...broken,
      problems: [
        ...listed,
        {
          path: '(root)',
          message: '400 more problems not shown; fix the ones above first',
          omitted: 400,
        },
      ],
    });
    expect(screen.getByTestId('content-errors').textContent).toContain('500 problems');
  });

  it('says nothing when there is no file or a valid one', async () => {
    await renderPanel({ status: 'built-in' });
    expect(screen.queryByTestId('content-errors')).toBeNull();
    cleanup();
    await renderPanel({ status: 'custom', content: builtInContent, url: broken.url });
    expect(screen.queryByTestId('content-errors')).toBeNull();
  });
});
