// The building blocks of the content schema: ids, texts in both languages, sources, and the
// rating vocabularies (taken from the domain's content model, declared once there).
import { z } from 'zod';
import type * as model from '../../domain/content-model';
import { LEVELS, SUPPORTS } from '../../domain/content-model';
import { ID_PATTERN } from '../../domain/tree';

/** Ids appear in URLs, Mermaid source and DOM attributes: a strict whitelist. */
export const Id = z
  .string()
  .regex(ID_PATTERN, 'must be a lower-case id: a-z, 0-9 and _, starting with a letter');

/**
 * Control characters (NUL and the rest of C0 but tab and line breaks, DEL, C1) are invisible,
 * and most are not allowed in XML at all: one in a label would make the exported SVG invalid.
 * Lone surrogates (a JSON `\ud800` escape) are not text either.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NO_CONTROL = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]*$/;
const LONE_SURROGATE = /\p{Cs}/u;

export const text = z
  .string()
  .min(1, 'must not be empty')
  .max(4000, 'is too long (over 4000 characters)')
  .regex(
    NO_CONTROL,
    'must not contain control characters (such as NUL, U+0000); only tabs and line breaks are allowed',
  )
  .refine(
    (value) => !LONE_SURROGATE.test(value),
    'must not contain a lone surrogate (U+D800-U+DFFF)',
  );

/** Every user-visible string exists in English and in Simplified Chinese. */
export const Localized = z.object({ en: text, zh: text }).strict();
export type Localized = z.infer<typeof Localized>;

export const TitledText = z.object({ title: Localized, text: Localized }).strict();

const httpsUrl = z
  .string()
  .max(2000)
  .regex(/^https:\/\/[^\s"'<>]+$/, 'must be an https:// URL');
const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * Where a figure or claim comes from. `guide` is the guide's own word (shown as the guide's,
 * never as a measurement); `citation` is published material with a link and a date.
 * `inference` marks our own reasoning from cited material, and must say so in the UI.
 */
export const Source = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('guide'), section: Localized.optional() }).strict(),
  z
    .object({
      kind: z.literal('citation'),
      title: text,
      url: httpsUrl,
      date: isoDate,
      note: Localized.optional(),
    })
    .strict(),
  z.object({ kind: z.literal('inference'), basis: Localized }).strict(),
]);
export type Source = z.infer<typeof Source>;

/** The guide's check / warning / cross cells. */
export const Support = z.enum(SUPPORTS);
export type Support = model.Support;

/** The guide's qualitative scale, in order. */
export const Level = z.enum(LEVELS);
export type Level = model.Level;

/** A feature-table cell value: a step of the guide's scale or one of its three marks. */
export const CellValue = z.union([Level, Support]);
export type CellValue = model.CellValue;
