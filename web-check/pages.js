// Checks the static pages quiz-web's tests write (WebCheckPagesTests: every question kind, with a
// hint shown, with feedback shown) in headless Chromium, at 1280 and 320 CSS pixels wide:
//   - axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules finds no violation;
//   - the page reflows: nothing is wider than the window (WCAG 1.4.10, what 400 % zoom asks);
//   - the keyboard alone reaches every input (each radio group once, as Tab does), every select,
//     the text box and the submit button, and every link, with Tab from the top of the page.
//   node pages.js DIR     (DIR holds the .html files with quizkit.css and quizkit.js beside them)
// Chromium is found by ../lms-check/chromium.js, the one place that finds it.
'use strict';
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const chromium = require('../lms-check/chromium');

/** Headless Chromium on the executable lms-check/chromium.js finds, by this project's playwright-core. */
async function launch() {
  const file = chromium.find();
  if (!file) throw new Error(chromium.missing());
  return require('playwright-core').chromium.launch({ executablePath: file, headless: true });
}

const AXE = require.resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [1280, 320];

/** What Tab must reach on the page: one key per radio group, else one per element. */
async function wanted(page) {
  return page.evaluate(() => {
    const keys = [];
    for (const el of document.querySelectorAll('input, select, textarea, button, a[href]')) {
      if (el.type === 'hidden' || el.disabled) continue;
      if (el.matches('a.skip')) continue;
      const key = el.type === 'radio' ? `radio group ${el.name}` : `${el.tagName.toLowerCase()}#${el.id || el.name || el.textContent.trim()}`;
      if (!keys.includes(key)) keys.push(key);
    }
    return keys;
  });
}

/** Presses Tab until the focus comes round again, and says what it reached. */
async function reached(page, limit) {
  // the script has moved the focus to a hint or the feedback: start again from the page's top
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.id = 'web-check-start';
    document.body.prepend(start);
    start.focus();
  });
  const keys = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const key = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body || el.id === 'web-check-start') return null;
      if (el.type === 'radio') return `radio group ${el.name}`;
      return `${el.tagName.toLowerCase()}#${el.id || el.name || el.textContent.trim()}`;
    });
    if (key === null) break;
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

async function main() {
  const dir = process.argv[2];
  if (!dir || !fs.existsSync(dir)) {
    console.error(`usage: node pages.js DIR (the pages quiz-web's tests write); ${dir || 'none given'} does not exist: run ./mvnw -B -pl quiz-web -am verify`);
    process.exit(2);
  }
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  if (files.length === 0) {
    console.error(`no .html files in ${dir}`);
    process.exit(2);
  }
  const axe = fs.readFileSync(AXE, 'utf8');
  const browser = await launch();
  const problems = [];
  let checked = 0;
  try {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
      for (const file of files) {
        const where = `${file} at ${width} px`;
        await page.goto(pathToFileURL(path.resolve(dir, file)).href);
        await page.addScriptTag({ content: axe });
        const result = await page.evaluate(
          (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
          TAGS);
        for (const v of result.violations) {
          const nodes = v.nodes.map((n) => n.target.join(' ')).join(', ');
          problems.push(`${where}: ${v.id} (${v.impact}): ${v.help} at ${nodes}`);
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) problems.push(`${where}: ${overflow} px wider than the window (no reflow)`);
        const want = await wanted(page);
        const got = await reached(page, want.length * 3 + 10);
        const missing = want.filter((k) => !got.includes(k));
        if (missing.length > 0) problems.push(`${where}: Tab never reaches ${missing.join(', ')} (reached: ${got.join(', ')})`);
        if (!want.some((k) => k.startsWith('button#')) && file.includes('form')) {
          problems.push(`${where}: no submit button`);
        }
        checked++;
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  if (problems.length > 0) {
    console.error(`web-check: ${problems.length} problem(s) on quizkit's pages:`);
    for (const p of problems) console.error(`  ${p}`);
    process.exit(1);
  }
  console.log(`web-check: ${files.length} pages at ${WIDTHS.join(' and ')} px (${checked} loads): axe-core ${require('axe-core/package.json').version} (${TAGS.join(', ')}) finds no violation; every page reflows; Tab reaches every input, link and button`);
}

main().catch((e) => {
  console.error(`web-check: ${e.message}`);
  process.exit(1);
});
