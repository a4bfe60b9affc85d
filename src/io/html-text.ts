/**
 * @module
 * DOM subtree -> plain text with one paragraph per block element, separated by a blank line.
 * `textContent` would glue paragraphs together ("...end.Next paragraph"), which breaks sentence
 * splitting and makes reports hard to read.
 */

/** Elements that start and end a paragraph. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'body', 'html',
]);
/** Elements whose content is never text for a reader. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'head', 'title']);
/** Table cells: separated by a space inside their row. */
const CELL = new Set(['td', 'th']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_FRAGMENT_NODE = 11;

/** Collapses runs of whitespace within each line and drops empty lines. */
function tidy(paragraph: string): string {
  return paragraph
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * The readable text of a DOM node: paragraphs (block elements) separated by a blank line,
 * `<br>` kept as a line break, whitespace collapsed, scripts and styles ignored.
 */
export function htmlToText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const t = tidy(current);
    if (t !== '') paragraphs.push(t);
    current = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== DOCUMENT_FRAGMENT_NODE && node.nodeType !== 9) return;
    const tag = node.nodeType === ELEMENT_NODE ? node.nodeName.toLowerCase() : '';
    if (SKIP.has(tag)) return;
    if (tag === 'br') {
      current += '\n';
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
    else if (CELL.has(tag)) current += ' ';
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}
