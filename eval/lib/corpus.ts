/**
 * @module
 * The team's own example corpus (examples/corpus): the articles and the labelled pairs, read and
 * checked by eval, bench and the corpus test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChangeType, Direction, Relation, Style } from '../../src/core/types.js';
import { REPO } from './paths.js';

/** The example corpus folder. */
export const CORPUS_DIR = join(REPO, 'examples', 'corpus');

/** One line of articles.jsonl (the contract's JSONL input shape). */
export interface Article {
  id: string;
  title: string;
  source: string;
  published: string;
  url: string;
  lang: string;
  text: string;
}

/** One labelled change: its type and the exact substrings of a's and/or b's text it sits in. */
export interface LabelledChange {
  type: ChangeType;
  a?: string;
  b?: string;
}

/** One labelled pair from labels.json; `direction: "a->b"` means b is drawn from a. */
export interface LabelledPair {
  a: string;
  b: string;
  relation: Relation;
  direction: Direction;
  style: Style;
  note?: string;
  changes: LabelledChange[];
}

/** Relations that mean one text is drawn from the other. */
export const DERIVED_RELATIONS: readonly Relation[] = ['duplicate', 'derived', 'partially-derived'];

/** Reads articles.jsonl; throws with the line number on a bad line. */
export function readArticles(path = join(CORPUS_DIR, 'articles.jsonl')): Article[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((line, i) => {
    try { return JSON.parse(line) as Article; } catch (err) {
      throw new Error(`${path}:${i + 1}: ${(err as Error).message}`);
    }
  });
}

/** Reads labels.json. */
export function readLabels(path = join(CORPUS_DIR, 'labels.json')): LabelledPair[] {
  return JSON.parse(readFileSync(path, 'utf8')) as LabelledPair[];
}

/** The articles keyed by id. */
export function articlesById(articles = readArticles()): Map<string, Article> {
  return new Map(articles.map((a) => [a.id, a]));
}
