import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../text/analyze.js';
import { findQuotes } from './quote-extract.js';
import { assertSpans, none, ofType, one, run } from './harness.test.js';

test('quotations are found with straight, curly and single marks, apostrophes aside', () => {
  const text = 'He called it “a fair trade” and the mayor’s plan \'bold\'. "It works," she said.\n\n“We will stay until the job is done';
  const quotes = findQuotes(analyze(text)).map((q) => text.slice(q.start, q.end));
  assert.deepEqual(quotes, ['a fair trade', 'bold', 'It works,', 'We will stay until the job is done']);
});

test('a changed word inside a quote is a major quote change spanning the difference', () => {
  const r = run('The envoy called the talks “frank and productive negotiations” on Monday.',
    'The envoy called the talks “honest and useful negotiations” on Monday.');
  const c = one(r, 'quote');
  assert.equal(c.severity, 'major');
  assert.equal(c.detail, 'quote altered: "frank and productive" → "honest and useful"');
  assertSpans(r);
});

test('a quote cut short, or lengthened, says what was left out or put in', () => {
  const cut = run('"The results are encouraging, but they are no reason to stop the checks," said Dr. Lena Holm.',
    '"The results are encouraging," said Dr. Lena Holm.');
  assert.equal(one(cut, 'quote').detail, 'quote cut: "but they are no reason to stop the checks" left out');
  assertSpans(cut);
  const longer = run('"The results are encouraging," said Dr. Lena Holm.',
    '"The results are encouraging and the checks can stop," said Dr. Lena Holm.');
  assert.match(one(longer, 'quote').detail, /^quote extended: "and the checks can stop" put in$/);
});

test('function words or inflection only: a minor quote change; punctuation only: none', () => {
  assert.equal(one(run('"We rebuilt the bridge in a year," she said.', '"We rebuilt that bridge in a year," she said.'), 'quote').severity, 'minor');
  assert.equal(one(run('Officials blamed the "root causes" of the unrest.', 'Officials blamed the "root cause" of the unrest.'), 'quote').severity, 'minor');
  none(run('"Ready," he said.', '"Ready", he said.'), 'quote');
});

test('a quote given to another speaker', () => {
  const r = run('"The budget is balanced," said Mayor Lina Ortiz.', '"The budget is balanced," said Councillor Tom Reyes.');
  const c = one(r, 'quote');
  assert.equal(c.severity, 'major');
  assert.match(c.detail, /another speaker: "Mayor Lina Ortiz" → "Councillor Tom Reyes"/);
  none(r, 'attribution', 'entity');
});

test('a quote given to a role the documents tie to someone else, and not when the role is the speaker\'s own', () => {
  const a = 'Judge Nora Vell heard the case, and his lawyer, Sofia Prado, spoke after the verdict. "My client is innocent," Prado told reporters.';
  const moved = run(a, 'Judge Nora Vell heard the case. "My client is innocent," declared the judge.', [[0, 0], [1, 1]]);
  assert.match(one(moved, 'quote').detail, /another speaker: "Prado" → "the judge"/);
  none(run(a, 'Judge Nora Vell heard the case. "My client is innocent," his lawyer told reporters.', [[0, 0], [1, 1]]), 'quote');
  // a role neither text ties to a name is not known to be someone else
  none(run('"We will appeal," Prado told reporters.', '"We will appeal," the spokesman told reporters.'), 'quote');
});

test('a name set off by a comma after the speaker is the speaker: no other speaker when a copy folds it in', () => {
  const a = '"We filled every seat this year," said the Kurstadt director, Lena Brandt.';
  const same = run(a, '"We filled every seat this year," says spa director Lena Brandt.');
  none(same, 'quote', 'attribution');
  const moved = run(a, '"We filled every seat this year," said the spa treasurer, Tom Reyes.');
  assert.match(one(moved, 'quote').detail, /another speaker/);
});

test('quotation marks removed, or put around reported words', () => {
  const dropped = one(run('"Prices will fall next year," the governor said.', 'The governor said prices will fall next year.'), 'quote');
  assert.match(dropped.detail, /quotation marks removed/);
  const added = one(run('The governor said prices will fall next year.', '"Prices will fall next year," the governor said.'), 'quote');
  assert.equal(added.severity, 'major');
  assert.match(added.detail, /presented as a direct quote/);
});

test('an unchanged quote is not reported', () => {
  assert.equal(ofType(run('“We listen to everyone,” she said on Friday.', '“We listen to everyone,” she told reporters.'), 'quote').length, 0);
});

test('an editor\'s "(sic)" dropped from a quote alters nothing', () => {
  none(run('"Their is no plan (sic) to close the school," the councillor wrote on Monday.', '"Their is no plan to close the school," the councillor wrote on Monday.'), 'quote');
});

test('a straight closing mark of a quotation opened in an earlier paragraph opens nothing', () => {
  const text = '"We start the season away from home.\n\nLike everyone here, I look forward to it," said the coach, Adi Brenner.';
  const quotes = findQuotes(analyze(text)).map((q) => text.slice(q.start, q.end));
  assert.deepEqual(quotes, ['We start the season away from home.']);
  const straight = 'The mayor said "we will rebuild," and left.';
  assert.deepEqual(findQuotes(analyze(straight)).map((q) => straight.slice(q.start, q.end)), ['we will rebuild,']);
});

test('closing marks typed the wrong way open nothing, and a quoted title is no one\'s words', () => {
  const spaced = '"We need more staff.\n\nWe cannot wait any longer, " commented the party secretary, Erik Sohn.';
  assert.deepEqual(findQuotes(analyze(spaced)).map((q) => spaced.slice(q.start, q.end)), ['We need more staff.']);
  const opener = 'The plan was reported by the “Harbour Evening Post “ (Saturday).';
  assert.deepEqual(findQuotes(analyze(opener)).map((q) => opener.slice(q.start, q.end)), ['Harbour Evening Post']);
  none(run('The plan was reported by the Harbour Evening Post on Saturday.', 'The plan was reported by the "Harbour Evening Post" on Saturday.'), 'quote');
});
