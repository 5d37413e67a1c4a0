// The record's sources, numbered in the order they are first cited.
import type { SourceRef } from '../explain';
import type { Lang } from '../tree';
import { fill, inline, type DecisionRecordText } from './text';

/** Numbers sources in the order they are first cited. */
export class SourceList {
  private readonly lines: string[] = [];

  constructor(
    private readonly t: DecisionRecordText,
    private readonly lang: Lang,
  ) {}

  cite(source: SourceRef): string {
    const line = this.describe(source);
    let index = this.lines.indexOf(line);
    if (index === -1) {
      this.lines.push(line);
      index = this.lines.length - 1;
    }
    return `[${index + 1}]`;
  }

  private describe(source: SourceRef): string {
    switch (source.kind) {
      case 'guide':
        return source.section
          ? fill(this.t.guideSource, { section: inline(source.section[this.lang]) })
          : this.t.guideSourcePlain;
      case 'citation': {
        const note = source.note ? ` ${inline(source.note[this.lang])}` : '';
        return `${inline(source.title)}. <${source.url}> (${source.date}).${note}`;
      }
      case 'inference':
        return fill(this.t.inferenceSource, { basis: inline(source.basis[this.lang]) });
    }
  }

  render(): string[] {
    return this.lines.map((line, i) => `${i + 1}. ${line}`);
  }
}
