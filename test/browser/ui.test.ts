/**
 * Browser tests of the web UI: Debian's chromium (playwright-core) against a real server on
 * 127.0.0.1 over the example corpus. Each page loads without console errors; a compare shows
 * highlighted changes; search finds a document; a story draws its graph; script in a title stays
 * text. Screenshots of the main pages go to docs/screenshots/.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, skipReason, startRig, watch, type Rig } from './harness.js';

const skip = skipReason();
if (skip) console.log(`# SKIP browser tests: ${skip}`);

describe('web UI in chromium', { skip }, () => {
  let rig: Rig;
  before(async () => { rig = await startRig(); });
  after(async () => { await rig?.close(); });

  async function open(hash: string, width = 1280): Promise<{ page: Page; problems: string[] }> {
    const page = await rig.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    const problems = watch(page);
    await page.goto(`${rig.base}/${hash}`);
    return { page, problems };
  }

  test('compare of an example pair shows the verdict and highlighted changes', async () => {
    const { page, problems } = await open('#/compare?a=budget-original&b=budget-altered');
    await page.getByTestId('verdict').waitFor();
    const marks = page.locator('.side-text mark.chg');
    await marks.first().waitFor();
    assert.ok((await marks.count()) > 0, 'changes highlighted in the texts');
    const labels = await page.locator('.side-text .tag').allTextContents();
    assert.ok(labels.length > 0 && labels.every((l) => l.trim().length > 0), 'every highlight has a text label');
    assert.ok((await page.locator('.change-list li').count()) > 0, 'changes listed');
    // Linked passages: picking passage 1 on A highlights it on B as well.
    await page.locator('#a-al-0').click();
    assert.ok((await page.locator('#text-b .seg.active').count()) > 0, 'counterpart highlighted');
    // Filters: turning every type off empties the list.
    for (const chip of await page.locator('fieldset.filters').first().locator('button').all()) await chip.click();
    assert.equal(await page.locator('.change-list li').count(), 0);
    assert.equal(await page.locator('.side-text mark.chg').count(), 0);
    for (const chip of await page.locator('fieldset.filters').first().locator('button').all()) await chip.click();
    await page.mouse.move(0, 0);
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, 'compare.png'), fullPage: false });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => scrollTo(0, 0));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `compare result at 390px scrolls sideways by ${overflow}px`);
    await page.screenshot({ path: join(SCREENSHOTS, 'compare-phone.png'), fullPage: false });
    assert.deepEqual(problems, []);
    await page.close();
  });

  /** Opens the compare page, pastes two texts and waits for the verdict. */
  async function comparePasted(a: string, b: string): Promise<{ page: Page; problems: string[] }> {
    const opened = await open('#/compare');
    await opened.page.getByLabel('Text of A').fill(a);
    await opened.page.getByLabel('Text of B').fill(b);
    await opened.page.getByRole('button', { name: 'Compare', exact: true }).click();
    await opened.page.getByTestId('verdict').waitFor();
    return opened;
  }

  test('pasted texts can be compared and the result downloaded', async () => {
    const { page, problems } = await comparePasted(
      'The Harlow council approved a budget of 12 million pounds on Monday. The mayor said the vote was close.',
      'The Harlow council approved a budget of 15 million pounds on Monday. The mayor said the vote was not close.',
    );
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
    assert.equal(download.suggestedFilename(), 'copytrace-compare.json');
    const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download HTML report' }).click()]);
    assert.equal(report.suggestedFilename(), 'copytrace-report.html');
    const { readFile } = await import('node:fs/promises');
    assert.match(await readFile((await report.path())!, 'utf8'), /^<!DOCTYPE html>/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a date one side drops is shown as not in the other side, which is not highlighted for it', async () => {
    const { page, problems } = await comparePasted(
      'The Harlow council approved the new budget on Monday after a long debate. The mayor said the vote was close.',
      'The Harlow council approved the new budget after a long debate. The mayor said the vote was close.',
    );
    const item = page.locator('.change-list li', { hasText: 'date dropped' });
    await item.waitFor();
    assert.equal(await item.locator('del').textContent(), 'on Monday');
    assert.equal(await item.locator('.none').textContent(), 'not in B');
    assert.equal(await item.locator('ins').count(), 0);
    assert.ok((await page.locator('#text-a mark.chg').count()) > 0, 'the dropped date is highlighted in A');
    assert.equal(await page.locator('#text-b mark.chg').count(), 0, 'nothing in B is highlighted as the date');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('search finds a document and opens its page', async () => {
    const { page, problems } = await open('#/search');
    await page.getByLabel('Words to find').fill('Brandl');
    await page.getByRole('button', { name: 'Search' }).click();
    const first = page.locator('.result-title').first();
    await first.waitFor();
    assert.match((await page.locator('.result-title').allTextContents()).join('\n'), /Brandl/);
    await page.screenshot({ path: join(SCREENSHOTS, 'search.png') });
    await first.click();
    await page.locator('article h1').waitFor();
    await page.locator('.doc-links h2').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'document.png') });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a story page draws its lineage and an edge opens the compare view', async () => {
    const { page, problems } = await open('#/stories');
    const link = page.locator('.stories a').first();
    await link.waitFor();
    await link.click();
    const svg = page.getByTestId('lineage');
    await svg.waitFor();
    assert.ok((await svg.locator('a.node').count()) >= 2, 'nodes drawn');
    assert.ok((await svg.locator('a.edge').count()) >= 1, 'edges drawn');
    assert.ok((await svg.locator('text.edge-label').first().textContent())?.match(/derived|duplicate|related/), 'edge labelled with its relation');
    await page.screenshot({ path: join(SCREENSHOTS, 'story.png') });
    await svg.locator('a.edge').first().click();
    await page.waitForURL(/#\/compare\?a=.+&b=.+/);
    await page.getByTestId('verdict').waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('every page loads without console errors, also at phone width', async () => {
    for (const [hash, width] of [['#/compare', 390], ['#/search?q=council', 390], ['#/stories', 390], ['#/import', 1280], ['#/doc/fire-original', 390], ['#/nowhere', 1280]] as const) {
      const { page, problems } = await open(hash, width);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 1, `${hash} at ${width}px scrolls sideways by ${overflow}px`);
      assert.deepEqual(problems, [], hash);
      await page.close();
    }
  });

  test('the UI is usable from the keyboard', async () => {
    const { page } = await open('#/compare');
    await page.locator('main h1').waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'A');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/search/);
    await page.close();
  });

  test('import uploads JSONL with progress and a summary of added and skipped', async () => {
    const { page, problems } = await open('#/import');
    const lines = [
      JSON.stringify({ id: 'imp-1', title: 'Otters return to the Wendle', source: 'River News', published: '2026-04-01T08:00:00Z', text: 'Otters have returned to the Wendle river after twenty years, wardens said on Tuesday. Volunteers counted 14 animals near the old mill.' }),
      '{"id": "imp-broken", "text": ',
      JSON.stringify({ id: 'imp-2', title: 'Wendle otters counted', source: 'Valley Post', text: 'Volunteers counted 14 otters near the old mill on the Wendle river, wardens said.' }),
      JSON.stringify({ id: 'imp-3' }),
    ].join('\n');
    await page.getByLabel(/Files: JSON Lines/).setInputFiles({ name: 'batch.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(lines) });
    await page.getByRole('button', { name: /^Import/ }).click();
    const summary = page.getByTestId('import-summary');
    await summary.waitFor();
    assert.match((await summary.textContent()) ?? '', /2 added, 2 skipped/);
    assert.match((await summary.textContent()) ?? '', /batch\.jsonl:2/);
    assert.match((await summary.textContent()) ?? '', /batch\.jsonl:4/);
    assert.equal(await page.locator('progress').getAttribute('value'), '3');
    await page.screenshot({ path: join(SCREENSHOTS, 'import.png') });
    const found = (await (await fetch(`${rig.base}/api/search?q=otters`)).json()) as { results: { id: string }[] };
    assert.deepEqual(found.results.map((r) => r.id).sort(), ['imp-1', 'imp-2']);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('script in an article title and text is shown as text, never run', async () => {
    const evil = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
    const res = await fetch(`${rig.base}/api/documents`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'evil', title: `Budget ${evil}`, source: `Outlet ${evil}`, text: `A council story. ${evil} The end.` }),
    });
    assert.equal(res.status, 200);
    const { page } = await open('#/doc/evil');
    const h1 = page.locator('article h1');
    await h1.waitFor();
    assert.equal(await h1.textContent(), `Budget ${evil}`);
    assert.match((await page.locator('.doc-text').textContent()) ?? '', /<script>window.__pwned = 1<\/script>/);
    assert.equal(await page.locator('main script, main img').count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    await page.close();
  });
});
