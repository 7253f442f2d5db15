// Delivers quizkit's QTI 3 items in a QTI 3 runtime, @citolab/qti-components, in headless
// Chromium (chromium.js), and answers each one as a candidate: it clicks the chosen options, types
// the short answer, and hands match and order responses to the interaction; then it ends the
// attempt and reads SCORE, FEEDBACK and the feedback dialogs that opened.
//   node qti3-runtime.js DIR   DIR/QUIZ/ holds an unzipped QTI 3 package and runs.json, written by
//                              quiz-core's Qti3Tests (ForTheRuntimeCheck)
// Each run must give the score JQTI+ gives the QTI 2.1 item (the key the maximum, any other
// response less), the FEEDBACK identifiers JQTI+ sets, and open exactly the feedback the question
// says the learner sees (the explanation, the chosen options' and a matching note's), with its text.
// The page (qti3-runtime.html), the runtime's bundle and the items are served on 127.0.0.1 only.
// Exit status: 0 when every run matches, 1 otherwise, 2 for a usage error.
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const chromium = require('./chromium');

const dir = process.argv[2];
if (!dir || process.argv.length !== 3) {
  console.error('usage: node qti3-runtime.js DIR');
  process.exit(2);
}

const RUNTIME = path.dirname(require.resolve('@citolab/qti-components/package.json'));
const VERSION = require('@citolab/qti-components/package.json').version;
const FILES = {
  '/': path.join(__dirname, 'qti3-runtime.html'),
  '/runtime/index.js': path.join(RUNTIME, 'cdn', 'index.js'),
  '/runtime/item.css': path.join(RUNTIME, 'dist', 'item.css'),
};
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.xml': 'application/xml' };

// the page, the runtime and DIR/QUIZ/... under /quiz/; nothing else
function serve(root) {
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    let file = FILES[url];
    if (!file && url.startsWith('/quiz/')) {
      const inside = path.resolve(root, `.${url.slice('/quiz'.length)}`);
      if (inside.startsWith(path.resolve(root) + path.sep)) file = inside;
    }
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': `${TYPES[path.extname(file)] || 'application/octet-stream'}; charset=utf-8` });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const show = (v) => JSON.stringify(v);
// line by line, runs of white space as one space, as a browser shows them
const norm = (s) => String(s).split(/\r\n|\r|\n/).map((l) => l.replace(/\s+/g, ' ').trim()).join('\n').trim();
const asList = (v) => (v == null ? [] : Array.isArray(v) ? v : [v]);
const sorted = (v) => [...new Set(asList(v))].sort();

async function answer(page, interaction, response) {
  switch (interaction) {
    case 'qti-choice-interaction':
      for (const id of response) await page.locator(`qti-simple-choice[identifier="${id}"]`).click();
      return;
    case 'qti-text-entry-interaction': {
      const input = page.locator('qti-text-entry-interaction input');
      await input.fill(response[0]);
      await input.blur();
      return;
    }
    case 'qti-match-interaction':
    case 'qti-order-interaction':
      await page.evaluate((values) => window.saveResponse(values), response);
      return;
    default:
      throw new Error(`no way to answer ${interaction}`);
  }
}

function compare(item, run, got) {
  const problems = [];
  const ordered = item.kind === 'ordering';
  const single = ['single-choice', 'true-false', 'short-answer'].includes(item.kind);
  const wanted = single ? run.response[0] : ordered ? run.response : [...run.response].sort();
  const response = single || ordered ? got.RESPONSE : asList(got.RESPONSE).slice().sort();
  if (show(response) !== show(wanted)) problems.push(`RESPONSE is ${show(got.RESPONSE)} after answering`);
  // the runtime keeps outcome values as text with at most three decimals ("0.667")
  const score = Number(got.SCORE);
  const near = (a, b) => Math.abs(a - b) <= 0.0005;
  if (got.SCORE == null || !near(score, run.score)) problems.push(`SCORE is ${show(got.SCORE)}, JQTI+ gives ${run.score}`);
  if (run.expect === 'max' && !near(score, item.maxScore)) problems.push(`the key scores ${show(got.SCORE)}, not the maximum ${item.maxScore}`);
  if (run.expect === 'less' && !(score < item.maxScore)) problems.push(`scores ${show(got.SCORE)}, not less than the maximum ${item.maxScore}`);
  if (!['max', 'less'].includes(run.expect) && !near(score, Number(run.expect))) problems.push(`scores ${show(got.SCORE)}, not the note's credit ${run.expect}`);
  if (show(sorted(got.FEEDBACK)) !== show(run.feedback)) problems.push(`FEEDBACK is ${show(got.FEEDBACK)}, JQTI+ gives ${show(run.feedback)}`);
  const shownIds = got.shown.map((s) => s.id).sort();
  const wantedIds = run.shown.map((s) => s.id).sort();
  if (show(shownIds) !== show(wantedIds)) problems.push(`shows feedback ${show(shownIds)}, should show ${show(wantedIds)}`);
  for (const s of run.shown) {
    const dialog = got.shown.find((g) => g.id === s.id);
    if (dialog && norm(dialog.text) !== norm(s.text)) problems.push(`feedback ${s.id} reads ${show(norm(dialog.text))}, should read ${show(norm(s.text))}`);
  }
  return problems.map((p) => `${item.href} (${item.kind}) answered ${show(run.response)}: ${p}`);
}

async function main() {
  const quizzes = fs.existsSync(dir) ? fs.readdirSync(dir).filter((q) => fs.existsSync(path.join(dir, q, 'runs.json'))).sort() : [];
  if (quizzes.length === 0) {
    console.log(`no QTI 3 runs in ${dir}: quiz-core's test Qti3Tests writes them (./mvnw -B verify runs it first)`);
    return 1;
  }
  const server = await serve(dir);
  const browser = await chromium.launch();
  const figures = { items: 0, runs: 0, failed: 0, kinds: {}, keysAtMax: 0, keys: 0, wrongLess: 0, wrong: 0, notes: 0, notesAtCredit: 0, explanationShown: 0, optionFeedback: 0 };
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => window.runtimeReady === true);
    for (const quiz of quizzes) {
      const items = JSON.parse(fs.readFileSync(path.join(dir, quiz, 'runs.json'), 'utf8'));
      const problems = [];
      let runs = 0;
      for (const item of items) {
        figures.items++;
        figures.kinds[item.kind] = (figures.kinds[item.kind] || 0) + 1;
        for (const run of item.runs) {
          runs++;
          errors.length = 0;
          let p;
          try {
            const interaction = await page.evaluate((url) => window.loadItem(url), `/quiz/${quiz}/${item.href}`);
            await answer(page, interaction, run.response);
            const got = await page.evaluate(() => window.endAttempt());
            p = compare(item, run, got);
            const score = Number(got.SCORE);
            if (run.expect === 'max') {
              figures.keys++;
              if (Math.abs(score - item.maxScore) <= 0.0005) figures.keysAtMax++;
            } else if (run.expect === 'less') {
              figures.wrong++;
              if (score < item.maxScore) figures.wrongLess++;
            } else {
              figures.notes++;
              if (Math.abs(score - Number(run.expect)) <= 0.0005) figures.notesAtCredit++;
            }
            if (got.shown.some((s) => s.id === 'EXPLANATION')) figures.explanationShown++;
            figures.optionFeedback += got.shown.filter((s) => s.id !== 'EXPLANATION').length;
          } catch (e) {
            p = [`${item.href} (${item.kind}) answered ${show(run.response)}: ${e.message.split('\n')[0]}`];
          }
          p.push(...errors.map((e) => `${item.href} answered ${show(run.response)}: page error ${e}`));
          if (p.length) figures.failed++;
          problems.push(...p);
        }
      }
      figures.runs += runs;
      const name = `qti3-runtime/${quiz} (@citolab/qti-components ${VERSION})`;
      if (problems.length) {
        console.log(`FAIL ${name}`);
        for (const p of problems.slice(0, 30)) console.log(`  ${p}`);
        if (problems.length > 30) console.log(`  ... and ${problems.length - 30} more`);
      } else {
        console.log(`ok   ${name}: ${items.length} item(s), ${runs} response(s) scored and fed back as expected`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const kinds = Object.entries(figures.kinds).map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(`${figures.items} items (${kinds}), ${figures.runs} responses: the key scored the maximum in ${figures.keysAtMax} of ${figures.keys}, other responses less in ${figures.wrongLess} of ${figures.wrong}, note answers their credit in ${figures.notesAtCredit} of ${figures.notes}; the explanation showed after ${figures.explanationShown}, option or note feedback ${figures.optionFeedback} time(s)`);
  console.log(`${figures.runs - figures.failed} passed, ${figures.failed} failed`);
  return figures.failed ? 1 : 0;
}

main().then((code) => process.exit(code), (e) => {
  console.error(e.message);
  process.exit(1);
});
