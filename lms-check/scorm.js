// Plays quizkit's SCORM packages as a learner would, with scorm-again as the LMS, in headless
// Chromium (chromium.js) through playwright-core, and checks every value the package sets.
//   node scorm.js DIR   DIR/NAME/ holds an unzipped package (imsmanifest.xml, index.html, ...) and
//                       runs.json, written by quiz-scorm's ScormCheckFixtures: the SCORM version,
//                       the answer to give to each question and what the Java engine says of it
// A page on 127.0.0.1 installs scorm-again's SCORM 2004 (API_1484_11) and SCORM 1.2 (API) objects
// and opens the package's index.html in an iframe. For each question the script first submits
// the empty form (a hint must show), checks that no key text is in the page, answers through the
// form's own fields, submits, checks the verdict; after runs.json's resumeAfter answers it closes
// the package (pagehide: Commit, Terminate), starts a new LMS session from the saved CMI data as
// an LMS would (cmi.entry "resume") and checks that the player goes on at the next question. At
// the end it compares scorm-again's CMI with runs.json: statuses, score, exit, suspend_data, and
// per question the interaction's id, type, response, result and correct pattern. axe-core (WCAG
// 2.0, 2.1, 2.2 A and AA rules) runs on every state of the page: each question, its feedback and
// the result; 0 violations. The package may load nothing from outside its own folder.
// Exit status: 0 when everything matches, 1 otherwise, 2 for a usage error.
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const chromium = require('./chromium');

const dir = process.argv[2];
if (!dir || process.argv.length !== 3) {
  console.error('usage: node scorm.js DIR');
  process.exit(2);
}

// the browser build (dist/scorm-again.js, which sets window.Scorm2004API and window.Scorm12API)
const SCORM_AGAIN = require.resolve('scorm-again');
const AXE = require.resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.xml': 'application/xml' };

// The LMS's page: the API objects, a frame for the package, and the CMI data kept between sessions
// as an LMS keeps it (startLms(version, saved) begins a session, saved: the last one's cmi as JSON).
const LMS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="/scorm-again.js"></script>
<script>
window.startLms = function (version, saved, src, pass) {
  var old = document.getElementById('sco');
  if (old) old.remove();
  // warnings too: scorm-again reports a value it refused or changed (1.2's "incorrect" becomes "wrong")
  var settings = { logLevel: 3, autocommit: false };
  var api = version === '2004' ? new window.Scorm2004API(settings) : new window.Scorm12API(settings);
  // what an LMS takes from the manifest: the pass mark (2004: minNormalizedMeasure, 1.2: masteryscore)
  api.loadFromJSON(saved || (version === '2004' ? { scaled_passing_score: String(pass) } : { student_data: { mastery_score: String(pass * 100) } }));
  window.API_1484_11 = version === '2004' ? api : undefined;
  window.API = version === '2004' ? undefined : api;
  window.lms = api;
  var frame = document.createElement('iframe');
  frame.id = 'sco';
  frame.title = 'quiz';
  frame.style.width = '1000px';
  frame.style.height = '900px';
  frame.src = src;
  document.body.appendChild(frame);
};
window.cmi = function () { return JSON.parse(JSON.stringify(window.lms.cmi)); };
</script></head><body></body></html>`;

function serve(root) {
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    let file = null;
    let body = null;
    if (url === '/') body = LMS_PAGE;
    else if (url === '/scorm-again.js') file = SCORM_AGAIN;
    else if (url.startsWith('/pkg/')) {
      const inside = path.resolve(root, `.${url.slice('/pkg'.length)}`);
      if (inside.startsWith(path.resolve(root) + path.sep)) file = inside;
    }
    if (body !== null) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
      return;
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

async function frameOf(page) {
  const handle = await page.waitForSelector('#sco');
  const frame = await handle.contentFrame();
  await frame.waitForLoadState('load');
  return frame;
}

async function axe(frame, where, problems, figures) {
  if (!(await frame.evaluate(() => typeof window.axe !== 'undefined'))) await frame.addScriptTag({ path: AXE });
  const result = await frame.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), AXE_TAGS);
  figures.axeRuns++;
  for (const v of result.violations) {
    problems.push(`${where}: axe ${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
  }
}

async function answer(frame, q) {
  const form = frame.locator(`form:has(input[name="question"][value="${q.id}"])`);
  const a = q.answer;
  switch (q.kind) {
    case 'single-choice':
    case 'multiple-response':
      for (const label of a.selected) await form.locator(`input[name="selected"][value="${label}"]`).check();
      break;
    case 'true-false':
      await form.locator(`input[name="answer"][value="${a.answer}"]`).check();
      break;
    case 'matching':
      for (const [premise, choice] of Object.entries(a.pairs)) await form.locator(`select[name="pair.${premise}"]`).selectOption(choice);
      break;
    case 'ordering':
      for (let i = 0; i < a.order.length; i++) await form.locator(`select[name="place.${a.order[i]}"]`).selectOption(String(i + 1));
      break;
    case 'short-answer':
      await form.locator('input[name="text"]').fill(a.text);
      break;
    default:
      throw new Error(`no way to answer ${q.kind}`);
  }
  return form;
}

function submitButton(form) {
  return form.locator('button[type="submit"], input[type="submit"], button:not([type])').first();
}

async function play(page, base, name, run, figures) {
  const problems = [];
  const src = `/pkg/${name}/index.html`;
  await page.evaluate(({ v, s, p }) => window.startLms(v, null, s, p), { v: run.scorm, s: src, p: run.pass });
  let frame = await frameOf(page);
  const qs = run.questions;
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i];
    const where = `${name} question ${i + 1} (${q.kind})`;
    const form = frame.locator(`form:has(input[name="question"][value="${q.id}"])`);
    try {
      await form.waitFor({ timeout: 5000 });
    } catch (e) {
      problems.push(`${where}: its form is not shown`);
      break;
    }
    const html = await frame.content();
    for (const secret of q.secrets) if (html.includes(secret)) problems.push(`${where}: the page shows ${show(secret)} before the answer`);
    await axe(frame, `${where}, asked`, problems, figures);
    await submitButton(form).click();
    const hint = (await frame.locator('[role="alert"]').allTextContents()).join(' ').trim();
    if (!hint) problems.push(`${where}: an empty answer gives no hint`);
    else figures.hints++;
    await answer(frame, q);
    await submitButton(form).click();
    const verdict = (await frame.locator('#quizkit-verdict').textContent({ timeout: 5000 })).trim();
    if ((await submitButton(form).count()) > 0) problems.push(`${where}: the answered question can be submitted again`);
    const wanted = q.score === 1 ? 'Right.' : q.score === 0 ? 'Not right.' : 'Partly right';
    if (!verdict.startsWith(wanted)) problems.push(`${where}: says ${show(verdict)} for a score of ${q.score}`);
    const after = await frame.content();
    for (const secret of q.shownAfter) if (!after.includes(secret)) problems.push(`${where}: the feedback does not show ${show(secret)}`);
    await axe(frame, `${where}, feedback`, problems, figures);
    figures.answered++;
    if (i + 1 === run.resumeAfter) {
      // the learner leaves: the LMS keeps what was committed and starts the next session from it
      await page.evaluate(() => { document.getElementById('sco').src = 'about:blank'; });
      await page.waitForFunction(() => window.lms.isTerminated());
      const saved = await page.evaluate(() => window.cmi());
      const time = run.scorm === '2004' ? saved.session_time : saved.core.session_time;
      // the learner spent seconds on six questions, so the session time is more than zero
      const timeFormat = run.scorm === '2004' ? /^PT[1-9]\d*S$/ : /^\d\d:\d\d:\d\d$/;
      if (!timeFormat.test(time) || time === '00:00:00') problems.push(`${name}: the session time sent on leaving is ${show(time)}`);
      if (run.scorm === '2004') {
        if (saved.exit !== 'suspend') problems.push(`${name}: cmi.exit is ${show(saved.exit)} on leaving half way, not "suspend"`);
        saved.entry = 'resume';
        delete saved.exit;
        delete saved.session_time;
      } else {
        if (saved.core.exit !== 'suspend') problems.push(`${name}: cmi.core.exit is ${show(saved.core.exit)} on leaving half way, not "suspend"`);
        saved.core.entry = 'resume';
        delete saved.core.exit;
        delete saved.core.session_time;
      }
      await page.evaluate(({ v, s, c, p }) => window.startLms(v, c, s, p), { v: run.scorm, s: src, c: saved, p: run.pass });
      frame = await frameOf(page);
      const next = frame.locator(`form:has(input[name="question"][value="${qs[i + 1].id}"])`);
      try {
        await next.waitFor({ timeout: 5000 });
        figures.resumed++;
      } catch (e) {
        problems.push(`${name}: after leaving at question ${i + 1}, the player does not resume at question ${i + 2}`);
        break;
      }
      continue;
    }
    await frame.locator('#quizkit-next').click();
  }
  await frame.locator('#quizkit-score').waitFor({ timeout: 5000 }).catch(() => problems.push(`${name}: no result page`));
  await axe(frame, `${name} result`, problems, figures);
  const cmi = await page.evaluate(() => window.cmi());
  compare(name, run, cmi, problems);
  await page.evaluate(() => { document.getElementById('sco').src = 'about:blank'; });
  await page.waitForFunction(() => window.lms.isTerminated());
  return problems;
}

function compare(name, run, cmi, problems) {
  const e = run.expected;
  // numbers are sent rounded: scaled to 7 decimals, 2004's raw to 4, 1.2's raw (a percentage) to 2
  const check = (element, got, want, within) => {
    const wrong = within ? !(got !== '' && Math.abs(Number(got) - Number(want)) <= within + 1e-12) : got !== want;
    if (wrong) problems.push(`${name}: ${element} is ${show(got)}, should be ${show(want)}${within ? ` within ${within}` : ''}`);
  };
  const v2004 = run.scorm === '2004';
  if (v2004) {
    check('cmi.completion_status', cmi.completion_status, 'completed');
    check('cmi.success_status', cmi.success_status, e.success);
    check('cmi.score.scaled', cmi.score.scaled, e.scaled, 5e-8);
    check('cmi.score.raw', cmi.score.raw, e.raw, 5e-5);
    check('cmi.score.min', cmi.score.min, '0');
    check('cmi.score.max', cmi.score.max, String(run.questions.length));
    check('cmi.exit', cmi.exit, 'normal');
    check('cmi.location', cmi.location, String(run.questions.length));
  } else {
    check('cmi.core.lesson_status', cmi.core.lesson_status, e.success);
    check('cmi.core.score.raw', cmi.core.score.raw, e.raw, 5e-3);
    check('cmi.core.score.min', cmi.core.score.min, '0');
    check('cmi.core.score.max', cmi.core.score.max, '100');
    check('cmi.core.exit', cmi.core.exit, '');
    check('cmi.core.lesson_location', cmi.core.lesson_location, String(run.questions.length));
  }
  let saved = null;
  try {
    saved = JSON.parse(cmi.suspend_data);
  } catch (err) {
    problems.push(`${name}: cmi.suspend_data is not the player's JSON: ${show(cmi.suspend_data)}`);
  }
  if (saved && (saved.v !== 1 || saved.a.length !== run.questions.length || saved.a.some((a) => a === null))) problems.push(`${name}: cmi.suspend_data does not hold every answer: ${cmi.suspend_data}`);
  const interactions = cmi.interactions || {};
  const count = Object.keys(interactions).filter((k) => /^\d+$/.test(k)).length;
  check('cmi.interactions._count', count, run.questions.length);
  run.questions.forEach((q, n) => {
    const got = interactions[String(n)] || {};
    const at = `cmi.interactions.${n}`;
    check(`${at}.id`, got.id, q.id);
    check(`${at}.type`, got.type, q.type);
    check(`${at}.${v2004 ? 'learner_response' : 'student_response'}`, v2004 ? got.learner_response : got.student_response, q.learnerResponse);
    check(`${at}.result`, got.result, q.result);
    const pattern = ((got.correct_responses || {})['0'] || {}).pattern;
    check(`${at}.correct_responses.0.pattern`, pattern, q.correctPattern);
  });
}

async function main() {
  const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => fs.existsSync(path.join(dir, n, 'runs.json'))).sort() : [];
  if (names.length === 0) {
    console.log(`no SCORM packages in ${dir}: quiz-scorm's test ScormCheckFixtures writes them (./mvnw -B verify runs it first)`);
    return 1;
  }
  const server = await serve(dir);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch();
  const figures = { packages: 0, answered: 0, hints: 0, resumed: 0, axeRuns: 0 };
  let failed = 0;
  try {
    for (const name of names) {
      const run = JSON.parse(fs.readFileSync(path.join(dir, name, 'runs.json'), 'utf8'));
      const page = await browser.newPage();
      const errors = [];
      const outside = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (['error', 'warning'].includes(m.type()) && !m.text().startsWith('Failed to load resource')) errors.push(`${m.type()}: ${m.text()}`);
      });
      page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} for ${r.url()}`); });
      page.on('request', (r) => {
        const url = r.url();
        if (url.startsWith('about:') || url.startsWith('data:')) return;
        if (!url.startsWith(`${base}/`)) outside.push(url);
        else if (r.frame() !== page.mainFrame() && !url.startsWith(`${base}/pkg/${name}/`)) outside.push(url);
      });
      await page.goto(`${base}/`);
      let problems;
      try {
        problems = await play(page, base, name, run, figures);
      } catch (e) {
        problems = [`${name}: ${e.message.split('\n')[0]}`];
      }
      problems.push(...errors.map((e) => `${name}: page error ${e}`));
      problems.push(...outside.map((u) => `${name}: the package loads ${u}, outside its own folder`));
      figures.packages++;
      if (problems.length) {
        failed++;
        problems.forEach((p) => console.log(`FAIL ${p}`));
      } else {
        console.log(`ok   ${name}: ${run.questions.length} questions (SCORM ${run.scorm}), resumed after ${run.resumeAfter}, every CMI value as expected, axe clean`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`scorm: ${figures.packages} packages, ${figures.answered} answers, ${figures.hints} hints, ${figures.resumed} resumed, ${figures.axeRuns} axe runs; ${failed} failed`);
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code), (e) => {
  console.error(e);
  process.exit(1);
});
