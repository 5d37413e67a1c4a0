import type { Browser } from '@playwright/test';

export const NO_DIAGRAM: string;
export function installProbe(): void;

export interface LoadMeasurement {
  /**
   * performance.now() when each state reached the DOM (firstQuestion, result, diagramContainer,
   * diagram), and after the next frame that could paint it (firstQuestionFrame, ...).
   */
  marks: Partial<
    Record<
      | 'firstQuestion'
      | 'result'
      | 'diagramContainer'
      | 'diagram'
      | 'firstQuestionFrame'
      | 'resultFrame'
      | 'diagramFrame',
      number
    >
  >;
  /** Why an expected state has no time (for example NO_DIAGRAM). */
  notes: Partial<Record<'diagram', string>>;
  /** Same-origin script paths the page loaded. */
  scripts: string[];
  errors: string[];
  /** Document and resource timings and the app's `ra:` start-up marks, from navigation start. */
  timeline: {
    document?: { start: number; end: number };
    resources: { path: string; start: number; end: number }[];
    marks: Record<string, number>;
  };
}
export function measureLoad(
  browser: Browser,
  url: string,
  options: { expect: string[]; timeoutMs?: number },
): Promise<LoadMeasurement>;

export interface AnswerTiming {
  walk: number;
  tree: string;
  /** The answer's position in its walk. */
  index: number;
  label: string;
  /** ms from the click to the next question's or the result's heading. */
  shown?: number;
  to?: 'question' | 'result';
  /** ms from the click to the diagram's marks moving on. */
  marks?: number;
  marksNote?: string;
  timedOut: boolean;
}
export interface WalkSession {
  answers: AnswerTiming[];
  walks: number;
  scripts: string[];
  errors: string[];
}
export function walkSession(
  browser: Browser,
  baseUrl: string,
  options: {
    minAnswers: number;
    minWalks?: number;
    /** Trees to walk and how many walks each (default: the guide, `minWalks` walks). */
    trees?: { id: string; walks: number }[];
    timeoutMs?: number;
  },
): Promise<WalkSession>;
