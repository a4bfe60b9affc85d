/**
 * @module
 * One entry point for the CLI (and the server) to render a comparison in any report format.
 */
import type { CompareResult } from '../core/types.js';
import type { ReportTexts } from './describe.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';

/** The report formats `compare --format` accepts. */
export const REPORT_FORMATS = ['text', 'md', 'html', 'json'] as const;
/** One of {@link REPORT_FORMATS}. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Options for {@link renderReport}. */
export interface RenderOptions {
  /** ANSI colour in the text format. */
  colour?: boolean;
}

/**
 * Renders `result` in `format`.
 * @param texts the two document texts the offsets point into (needed by text, md and html)
 */
export function renderReport(format: ReportFormat, result: CompareResult, texts?: Partial<ReportTexts>, options: RenderOptions = {}): string {
  switch (format) {
    case 'json':
      return renderJson(result);
    case 'md':
      return renderMarkdown(result, texts);
    case 'html':
      return renderHtml(result, texts);
    default:
      return renderText(result, texts, { colour: options.colour ?? false });
  }
}

/** The individual renderers, for callers that want one directly. */
export { renderHtml, renderJson, renderMarkdown, renderText };
/** The texts a result's offsets point into. */
export type { ReportTexts };
