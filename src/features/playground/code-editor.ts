// The playground's code editor: the one module that imports CodeMirror, loaded with import()
// on the playground only, so none of it reaches the rest of the app. It knows nothing of React
// or of the content checks: it shows a text, reports that it changed, underlines the problems
// it is given, and completes and explains from the content file's JSON Schema.
import { basicSetup } from 'codemirror';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { EditorView, hoverTooltip, keymap, type Tooltip } from '@codemirror/view';
import { indentWithTab, isolateHistory } from '@codemirror/commands';
import { json, jsonLanguage } from '@codemirror/lang-json';
import { HighlightStyle, syntaxHighlighting, syntaxTree } from '@codemirror/language';
import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { setDiagnostics, type Diagnostic } from '@codemirror/lint';
import type { SyntaxNode } from '@lezer/common';
import { tags } from '@lezer/highlight';
import contentSchema from '../../../public/content.schema.json';
import {
  describeSchemas,
  narrowByKind,
  propertyCandidates,
  schemasAt,
  valueCandidates,
  type JsonSchema,
  type Segment,
} from './schema-assist';

export interface EditorProblem {
  from: number;
  to: number;
  message: string;
}

export interface EditorTexts {
  /** The editable element's accessible name. */
  label: string;
  /** The id of the element that says how to leave the editor with the keyboard. */
  describedBy: string;
  /** CodeMirror's own phrases in the page's language (search panel, folding, lint panel). */
  phrases: Record<string, string>;
}

export interface CodeEditorOptions extends EditorTexts {
  parent: HTMLElement;
  text: string;
  dark: boolean;
  onChange: () => void;
  /** Files dropped on the editor: they replace the text rather than being inserted. */
  onFiles: (files: FileList) => void;
}

export interface CodeEditor {
  getText: () => string;
  /** Replaces the whole text as one change, so Undo brings the previous text back. */
  setText: (text: string) => void;
  /** Underlines problems found in `text`; ignored when the editor's text has moved on. */
  showProblems: (text: string, problems: EditorProblem[]) => void;
  /** Selects a span, scrolls it into view and focuses the editor. */
  moveTo: (from: number, to: number) => void;
  setTexts: (texts: EditorTexts) => void;
  setDark: (dark: boolean) => void;
  destroy: () => void;
}

const schema = contentSchema as unknown as JsonSchema;

// Colours come from the page's tokens (playground.css), so light and dark need no second style
// and every colour is checked for contrast with the rest of the page.
const highlight = HighlightStyle.define([
  { tag: tags.propertyName, color: 'var(--cm-key)' },
  { tag: tags.string, color: 'var(--cm-string)' },
  { tag: tags.number, color: 'var(--cm-number)' },
  { tag: [tags.bool, tags.null], color: 'var(--cm-literal)' },
  { tag: tags.invalid, color: 'var(--error-text)' },
]);

const frame = EditorView.theme({
  '&': { color: 'var(--text)', backgroundColor: 'var(--surface)', height: '100%' },
  '.cm-content': { fontFamily: 'var(--font-mono)', caretColor: 'var(--text)' },
  '.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '1.5' },
  '.cm-gutters': {
    backgroundColor: 'var(--surface-2)',
    color: 'var(--text-muted)',
    borderRight: '1px solid var(--border)',
  },
  '.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--accent) 7%, transparent)' },
  '.cm-activeLineGutter': {
    backgroundColor: 'color-mix(in srgb, var(--accent) 14%, transparent)',
    color: 'var(--text)',
  },
  '&.cm-focused': { outline: '2px solid var(--focus)', outlineOffset: '2px' },
  '&.cm-focused .cm-cursor': { borderLeftColor: 'var(--text)' },
  '.cm-tooltip': {
    backgroundColor: 'var(--surface)',
    color: 'var(--text)',
    border: '1px solid var(--border-strong)',
  },
  '.cm-tooltip.cm-tooltip-autocomplete > ul > li[aria-selected]': {
    backgroundColor: 'var(--accent)',
    color: 'var(--accent-text)',
  },
  '.cm-completionDetail': { color: 'inherit', opacity: '0.85' },
  '.cm-panels': { backgroundColor: 'var(--surface-2)', color: 'var(--text)' },
  '.cm-schema-doc': { maxWidth: '28rem', padding: '6px 8px', whiteSpace: 'pre-wrap' },
  '.cm-schema-doc strong': { fontFamily: 'var(--font-mono)' },
});

// ---------------------------------------------------------------- where the cursor is

const VALUE_NODES = new Set(['Object', 'Array', 'String', 'Number', 'True', 'False', 'Null']);

function readKey(state: EditorState, node: SyntaxNode): string {
  const raw = state.sliceDoc(node.from, node.to);
  try {
    const key: unknown = JSON.parse(raw);
    return typeof key === 'string' ? key : raw;
  } catch {
    return raw.replace(/^"|"$/g, '');
  }
}

/** The JSON path of a node: property names and array indices from the top. */
function pathTo(state: EditorState, node: SyntaxNode): Segment[] {
  const path: Segment[] = [];
  for (let current: SyntaxNode | null = node; current; current = current.parent) {
    if (current.name === 'Property') {
      const name = current.getChild('PropertyName');
      if (name) path.unshift(readKey(state, name));
    } else if (current.parent?.name === 'Array' && VALUE_NODES.has(current.name)) {
      let index = 0;
      for (let before = current.prevSibling; before; before = before.prevSibling) {
        if (VALUE_NODES.has(before.name)) index += 1;
      }
      path.unshift(index);
    }
  }
  return path;
}

/** The property names an object already has, and its `kind` when it says. */
function objectFacts(state: EditorState, object: SyntaxNode) {
  const present = new Set<string>();
  let kind: string | undefined;
  for (const property of object.getChildren('Property')) {
    const name = property.getChild('PropertyName');
    if (!name) continue;
    const key = readKey(state, name);
    present.add(key);
    const value = property.lastChild;
    if (key === 'kind' && value?.name === 'String') kind = readKey(state, value);
  }
  return { present, kind };
}

// ---------------------------------------------------------------- completion

function completeFromSchema(context: CompletionContext): CompletionResult | null {
  const { state, pos } = context;
  let node = syntaxTree(state).resolveInner(pos, -1);
  // Between tokens (after "{", ",", ":" or in an error the parser recovered from), the place
  // is described by the enclosing node.
  while (!VALUE_NODES.has(node.name) && node.name !== 'PropertyName' && node.name !== 'Property') {
    if (!node.parent) break;
    node = node.parent;
  }
  const word = context.matchBefore(/"?[\w$-]*/);
  const from = word ? word.from : pos;
  if (!context.explicit && (!word || word.from === word.to)) return null;

  // A property name: inside one, or where one may start in an object.
  const inName = node.name === 'PropertyName';
  const object = inName ? node.parent?.parent : node.name === 'Object' ? node : null;
  if (object?.name === 'Object') {
    const { present, kind } = objectFacts(state, object);
    if (inName) present.delete(readKey(state, node));
    const schemas = narrowByKind(schemasAt(schema, pathTo(state, object)), kind);
    const options = propertyCandidates(schema, schemas, present).map((candidate) => ({
      label: `"${candidate.name}"`,
      apply: `"${candidate.name}": `,
      type: 'property',
      detail: candidate.required ? 'required' : undefined,
      info: candidate.detail,
    }));
    return options.length > 0
      ? {
          from: inName ? node.from : from,
          to: inName ? node.to : pos,
          options,
          validFor: /^"?[\w$-]*"?$/,
        }
      : null;
  }

  // A value: a string being typed after a property name, or an empty spot after ":".
  const property =
    node.name === 'String' && node.parent?.name === 'Property'
      ? node.parent
      : node.name === 'Property'
        ? node
        : null;
  if (property) {
    const schemas = schemasAt(schema, pathTo(state, property));
    const options = valueCandidates(schemas).map((candidate) => ({
      label: candidate.text,
      type: 'constant',
      info: candidate.detail || undefined,
    }));
    if (options.length === 0) return null;
    return node.name === 'String' ? { from: node.from, to: node.to, options } : { from, options };
  }
  return null;
}

// ---------------------------------------------------------------- hover

function schemaHover(view: EditorView, pos: number, side: -1 | 1): Tooltip | null {
  const node = syntaxTree(view.state).resolveInner(pos, side);
  const property =
    node.name === 'PropertyName'
      ? node.parent
      : node.parent?.name === 'Property'
        ? node.parent
        : null;
  if (!property) return null;
  const name = property.getChild('PropertyName');
  if (!name) return null;
  const value = property.lastChild;
  const kind = value?.name === 'Object' ? objectFacts(view.state, value).kind : undefined;
  const schemas = narrowByKind(schemasAt(schema, pathTo(view.state, property)), kind);
  if (schemas.length === 0) return null;
  const text = describeSchemas(schema, schemas);
  if (!text) return null;
  return {
    pos: name.from,
    end: name.to,
    above: true,
    create() {
      // Text only: descriptions are data, never markup.
      const dom = document.createElement('div');
      dom.className = 'cm-schema-doc';
      const title = document.createElement('strong');
      title.textContent = readKey(view.state, name);
      dom.append(title, document.createTextNode(`: ${text}`));
      return { dom };
    },
  };
}

// ---------------------------------------------------------------- the editor

export function createCodeEditor(options: CodeEditorOptions): CodeEditor {
  const texts = new Compartment();
  const darkness = new Compartment();
  const textsExtension = (value: EditorTexts): Extension => [
    EditorView.contentAttributes.of({
      'data-testid': 'content-input',
      // Editable elements are in the tab order anyway; saying so lets checkers (axe) see that
      // the scrolling region around it can be reached with the keyboard.
      tabindex: '0',
      'aria-label': value.label,
      'aria-describedby': value.describedBy,
    }),
    EditorState.phrases.of(value.phrases),
  ];

  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        basicSetup,
        // Tab indents; Escape then Tab leaves the editor (CodeMirror's documented way out),
        // which the page says beside the editor.
        keymap.of([indentWithTab]),
        json(),
        jsonLanguage.data.of({ autocomplete: completeFromSchema }),
        hoverTooltip(schemaHover),
        syntaxHighlighting(highlight),
        frame,
        texts.of(textsExtension(options)),
        darkness.of(EditorView.darkTheme.of(options.dark)),
        EditorView.lineWrapping,
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange();
        }),
        EditorView.domEventHandlers({
          drop(event) {
            const files = event.dataTransfer?.files;
            if (!files || files.length === 0) return false;
            event.preventDefault();
            options.onFiles(files);
            return true;
          },
        }),
      ],
    }),
  });

  return {
    getText: () => view.state.doc.toString(),
    setText: (text) => {
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: text },
        selection: { anchor: 0 },
        scrollIntoView: true,
        // A new start (example, file, copy) is one undo step of its own, however soon it
        // follows the last edit: undo never merges two starts into one.
        annotations: isolateHistory.of('full'),
      });
    },
    showProblems: (text, problems) => {
      if (view.state.doc.length !== text.length || view.state.doc.toString() !== text) return;
      const length = view.state.doc.length;
      const diagnostics: Diagnostic[] = problems.map((problem) => ({
        from: Math.min(problem.from, length),
        to: Math.min(Math.max(problem.to, problem.from), length),
        severity: 'error',
        message: problem.message,
      }));
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    moveTo: (from, to) => {
      const length = view.state.doc.length;
      const anchor = Math.min(from, length);
      const head = Math.min(Math.max(to, anchor), length);
      view.dispatch({
        // A single character (where invalid JSON stops) gets the cursor, not a selection that
        // would light up every other quote or bracket as a match.
        selection: head - anchor > 1 ? { anchor, head } : { anchor },
        effects: EditorView.scrollIntoView(anchor, { y: 'center' }),
      });
      view.focus();
    },
    setTexts: (value) => {
      view.dispatch({ effects: texts.reconfigure(textsExtension(value)) });
    },
    setDark: (dark) => {
      view.dispatch({ effects: darkness.reconfigure(EditorView.darkTheme.of(dark)) });
    },
    destroy: () => {
      view.destroy();
    },
  };
}
