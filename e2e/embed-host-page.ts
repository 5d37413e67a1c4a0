// A page object for examples/embed.html: a portal page on another origin that embeds the app
// with the script tag (#advisor) and with a plain iframe (#plain-frame).
import { expect, type Frame, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { HOST_ORIGIN } from './servers';

export class EmbedHostPage {
  /** The iframe that embed.js created. */
  readonly frameElement: Locator;
  readonly frame: FrameLocator;
  readonly plainFrameElement: Locator;
  /** The host page's own log of the result events it received. */
  readonly results: Locator;

  constructor(readonly page: Page) {
    this.frameElement = page.locator('#advisor iframe');
    this.frame = page.frameLocator('#advisor iframe');
    this.plainFrameElement = page.locator('#plain-frame');
    this.results = page.locator('#result-log li');
  }

  async open(): Promise<void> {
    await this.page.goto(`${HOST_ORIGIN}/embed.html`);
    await expect(this.frame.getByTestId('question')).toBeVisible();
  }

  /** The embedded app's frame, for measuring and for posting messages from inside it. */
  async appFrame(): Promise<Frame> {
    const frame = await (await this.frameElement.elementHandle()).contentFrame();
    return frame!;
  }

  async frameHeight(): Promise<number> {
    return this.frameElement.evaluate((element) => element.getBoundingClientRect().height);
  }

  /** Clicks the answer whose accessible name begins with `label`, and waits for the next step. */
  async answer(label: string): Promise<void> {
    const question = this.frame.getByTestId('question');
    const before = await question.getAttribute('data-question-id');
    await question.getByRole('button', { name: new RegExp(`^${label}`) }).click();
    await expect
      .poll(async () => {
        if (await this.frame.getByTestId('result').isVisible()) return true;
        return (await question.getAttribute('data-question-id')) !== before;
      })
      .toBe(true);
  }

  /**
   * The frame fits its content: nothing is cut off (no scrolling inside the frame) and there is
   * no empty band below the content. Measured inside the frame, independently of how the app
   * measures itself.
   */
  async expectFrameFitsContent(): Promise<void> {
    const frame = await this.appFrame();
    await expect
      .poll(
        () =>
          frame.evaluate(() => {
            const root = document.documentElement;
            const contentBottom = document.querySelector('main')!.getBoundingClientRect().bottom;
            return {
              cutOff: root.scrollHeight > window.innerHeight,
              emptyBelow: Math.round(window.innerHeight - contentBottom) > 1,
            };
          }),
        { message: 'the embed frame is as tall as its content' },
      )
      .toEqual({ cutOff: false, emptyBelow: false });
  }
}
