import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertSpans, none, ofType, one, run } from './harness.test.js';

test('a first name replaced is a major entity change', () => {
  const r = run('"We will fight on," said Councilman Gregory Tarrant.', '"We will fight on," said Councilman George Tarrant.');
  const c = one(r, 'entity');
  assert.equal(c.severity, 'major');
  assert.match(c.detail, /"Gregory Tarrant" → "George Tarrant"/);
  assertSpans(r);
});

test('a nationality replaced is a major entity change', () => {
  const c = one(run('Ostend signed the Austrian striker Tomas Verhal.', 'Ostend signed the German striker Tomas Verhal.'), 'entity');
  assert.match(c.detail, /"Austrian" → "German"/);
});

test('a garbled name is a minor misspelling', () => {
  const c = one(run('The envoy met Mr Kovalenko in Lormont.', 'The envoy met Mr Kovalneko in Lormont.'), 'entity');
  assert.equal(c.severity, 'minor');
  assert.match(c.detail, /misspelt/);
});

test('a name respelt at its end, at the same length, is a misspelling, not an inflection', () => {
  const r = run('His lawyer, Sofia Prado, said Alves would appeal.', 'His lawyer, Sofia Prada, said Alvez would appeal.');
  const details = ofType(r, 'entity').map((c) => c.detail);
  assert.deepEqual(details, ['name misspelt: "Sofia Prado" → "Sofia Prada"', 'name misspelt: "Alves" → "Alvez"']);
  none(run('Ukraine rejected the plan.', 'The Ukrainian side rejected the plan.'), 'entity');
  none(run('China signed the accord.', 'The Chinese side signed the accord.'), 'entity');
  // same length, but the dictionary knows both: a country and its adjective
  none(run('Argentina won the final in Olympia.', 'The Argentine side won the Olympic final.'), 'entity');
});

test('canonical variants, titles, demonyms and metonyms are the same entity', () => {
  none(run('Mr Valdis met US and Nato officials.', 'President Valdis met United States and NATO officials.'), 'entity');
  none(run('Russian officials discussed the terms.', 'Officials from Russia discussed the terms.'), 'entity');
  none(run('The Kremlin rejected the offer from Norland.', 'Moscow rejected the offer from Norland.'), 'entity');
  none(run('The Middle East envoy arrived.', 'The Middle Eastern envoy arrived.'), 'entity');
});

test('a name turned into common words, dropped, or added', () => {
  const c = one(run('He told the Council on Maritime Affairs that talks had stalled.', 'He told the maritime affairs council that talks had stalled.'), 'entity');
  assert.match(c.detail, /common words: "Council on Maritime Affairs" → "maritime affairs council"/);
  const d = one(run('She spoke to Vantage News on Monday about the plan.', 'She spoke on Monday about the plan.'), 'entity');
  assert.match(d.detail, /dropped: "Vantage News"/);
  const e = one(run('Delegates met in Lormont last week.', 'Delegates met in Lormont (Estavia) last week.'), 'entity');
  assert.equal(e.severity, 'info');
  assert.equal(e.a, undefined);
});

test('a headline in title case is not a list of names', () => {
  none(run('Council Approves Budget After Long Night Of Debate', 'Council Approves Spending Plan After Long Debate'), 'entity');
});

test('a capital that grammar puts there is no name: a modal opening a sentence, a word after a colon', () => {
  none(run('Should the club win, it will play Lormont in the final.', 'If the club wins, it will play Lormont in the final.'), 'entity');
  none(run('Cyclist Tomas Verhal: Continuing his career is possible.', 'Cyclist Tomas Verhal: A longer career is possible.'), 'entity');
  // in brackets a capital still marks a name
  const c = one(run('The talks were held in Lormont.', 'The talks were held in Lormont (Estavia).'), 'entity');
  assert.match(c.detail, /added: "Estavia"/);
});

test('an indefinite pronoun opening a sentence is no name', () => {
  none(run('People who had a house will often not want to move.', 'Anyone who had a house often does not want to move.'), 'entity');
});

test('a name rendered as common words spans the words that stand together, not every use of them', () => {
  const c = one(run('Officials from the Harbour Board inspected the pier on Monday.',
    'A harbour crew arrived first, and officials from the harbour board inspected the pier on Monday.'), 'entity');
  assert.equal(c.b!.text, 'harbour board');
});

test('an honorific of another gender before the same name is a minor entity change; other titles are not', () => {
  const r = run('Ms Clark, a resident, said the water rose within minutes.', 'Mr Clark, a resident, said the water rose within minutes.');
  const c = one(r, 'entity');
  assert.equal(c.severity, 'minor');
  assert.match(c.detail, /honorific changed: "Ms Clark" → "Mr Clark"/);
  assertSpans(r);
  none(run('Mr. Clark, a resident, said the water rose.', 'President Clark, a resident, said the water rose.'), 'entity');
  none(run('Ms Clark, a resident, said the water rose.', 'Mrs Clark, a resident, said the water rose.'), 'entity');
});

test('a role qualifier added or dropped before the same name is a major entity change', () => {
  const r = run('"We will not raise fares," said Deputy Mayor Karen Holt on Monday.', '"We will not raise fares," said Mayor Karen Holt on Monday.');
  const c = one(r, 'entity');
  assert.equal(c.severity, 'major');
  assert.equal(c.detail, 'role changed: "Deputy Mayor Karen Holt" → "Mayor Karen Holt"');
  assertSpans(r);
  assert.match(one(run('Rumours about the former prime minister Edward Heath were never confirmed.', 'Rumours about Prime Minister Edward Heath were never confirmed.'), 'entity').detail, /role changed/);
  // the same role written another way is no change
  none(run('The former DFB president Reinhard Grindel spoke on Monday.', 'Former DFB President Reinhard Grindel spoke on Monday.'), 'entity');
  none(run('Ex-minister Paul Aaberg spoke on Monday.', 'Former minister Paul Aaberg spoke on Monday.'), 'entity');
});

test('two names that trade places around the same words are a major entity change; a list in another order is not', () => {
  const r = run('The ferries will run from Kirkby to Eastport, Holt said.', 'The ferries will run from Eastport to Kirkby, Holt said.');
  const c = one(r, 'entity');
  assert.equal(c.severity, 'major');
  assert.equal(c.detail, 'names swapped: "Kirkby to Eastport" → "Eastport to Kirkby"');
  assertSpans(r);
  assert.match(one(run('Harlow beat Eastport 3-1 on Saturday.', 'Eastport beat Harlow 3-1 on Saturday.'), 'entity').detail, /"Harlow beat Eastport" → "Eastport beat Harlow"/);
  none(run('Talks between Kirkby and Eastport went well.', 'Talks between Eastport and Kirkby went well.'), 'entity');
  none(run('Charania said on Sunday on Twitter that Williams must rest.', 'Charania said on Twitter on Sunday that Williams must rest.'), 'entity');
});

test('a sentence that opens with a name: its first word belongs to the name when it runs into one', () => {
  assert.match(one(run('Labour MP Anna Reed said the vote was unfair.', 'Conservative MP Anna Reed said the vote was unfair.'), 'entity').detail,
    /"Labour MP Anna Reed" → "Conservative MP Anna Reed"/);
  // a phrase's opening word is no part of the name after it
  const r = run('Despite Corona, the school stayed open.', 'The school stayed open despite corona.');
  assert.deepEqual(r.changes.filter((c) => c.type === 'entity').map((c) => c.a?.text), ['Corona']);
});
