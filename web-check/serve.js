// End-to-end check of `quiz serve` in headless Chromium (playwright-core on Debian's chromium),
// keyboard only: a full practice answering every kind of question, a learning round to mastery and
// a review; axe-core (WCAG 2.2 AA tags) on every page: 0 violations.
//   node serve.js --classpath CP [--screenshot FILE]
// CP is quiz-serve's test class path: its ServeLauncher starts the server on a free port with a
// pinned seed, and answers `key COOKIE` with the fields of the right answer, so that the learner
// played here can reach mastery (the server tells no key before the answer).
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const axe = require('axe-core');
const { chromium } = require('playwright-core');
const { find, missing } = require('../lms-check/chromium');

const SEED = '20261205';
const PRACTICE = 30;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function argument(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function fail(message) {
  throw new Error(message);
}

/** The launcher: resolves with {url, key(cookie)} once it prints its address. */
function launch(classpath, dataDir, daysAhead = 0) {
  const java = process.env.JAVA || (process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java');
  const child = spawn(java, ['-cp', classpath, 'org.quizkit.serve.ServeLauncher', dataDir, SEED, String(daysAhead)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = readline.createInterface({ input: child.stdout });
  const waiting = [];
  let url;
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => url || reject(new Error(`quiz serve exited with ${code} before it printed its address`)));
    lines.on('line', (line) => {
      if (!url) {
        const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(line);
        if (match) {
          url = match[1];
          resolve({
            url,
            child,
            key: (cookie) =>
              new Promise((done) => {
                waiting.push(done);
                child.stdin.write(`key ${cookie}\n`);
              }),
          });
        }
        return;
      }
      const done = waiting.shift();
      if (done) done(JSON.parse(line));
    });
  });
}

class Learner {
  constructor(page, server) {
    this.page = page;
    this.server = server;
    this.checked = new Set();
    this.violations = [];
  }

  /** axe-core on the page shown, once per distinct page. */
  async audit(what) {
    const key = what + ' ' + (await this.page.title());
    if (this.checked.has(key)) return;
    this.checked.add(key);
    if (!(await this.page.evaluate(() => typeof window.axe === 'object'))) {
      await this.page.evaluate(axe.source);
    }
    const result = await this.page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
    for (const v of result.violations) {
      this.violations.push(`${what} (${this.page.url()}): ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
  }

  /** Presses Tab until the focused element matches selector; keyboard only. */
  async tabTo(selector, max = 80) {
    for (let i = 0; i < max; i++) {
      if (await this.page.evaluate((s) => document.activeElement && document.activeElement.matches(s), selector)) return;
      await this.page.keyboard.press('Tab');
    }
    fail(`Tab never reached ${selector} on ${this.page.url()}`);
  }

  async press(selector) {
    await this.tabTo(selector);
    await Promise.all([this.page.waitForNavigation(), this.page.keyboard.press('Enter')]);
  }

  async cookie() {
    const cookies = await this.page.context().cookies();
    return cookies.find((c) => c.name === 'quiz_session').value;
  }

  /** Fills the question form with fields [[name, value], ...] by keyboard, then submits it. */
  async answer(fields) {
    const form = 'form[action="/quiz/answer"]';
    for (const [name, value] of fields) {
      if (name === 'csrf' || name === 'question') continue;
      const input = await this.page.$(`${form} [name="${name}"]`);
      const type = await input.evaluate((e) => (e.tagName === 'SELECT' ? 'select' : e.type));
      if (type === 'radio' || type === 'checkbox') {
        const target = `${form} input[name="${name}"][value="${value}"]`;
        if (type === 'radio') {
          // Arrow keys move the choice within a group of radios.
          await this.tabTo(`${form} input[name="${name}"]`);
          for (let i = 0; i < 12 && !(await this.page.$eval(target, (e) => e.checked)); i++) {
            await this.page.keyboard.press(i === 0 ? 'Space' : 'ArrowDown');
          }
        } else {
          await this.tabTo(target);
          await this.page.keyboard.press('Space');
        }
        if (!(await this.page.$eval(target, (e) => e.checked))) fail(`could not choose ${name}=${value} by keyboard`);
      } else if (type === 'select') {
        const target = `${form} select[name="${name}"]`;
        await this.tabTo(target);
        for (let i = 0; i < 12 && (await this.page.$eval(target, (e) => e.value)) !== value; i++) {
          await this.page.keyboard.press('ArrowDown');
        }
        if ((await this.page.$eval(target, (e) => e.value)) !== value) fail(`could not set ${name} to ${value} by keyboard`);
      } else {
        await this.tabTo(`${form} input[name="${name}"]`);
        await this.page.keyboard.type(value);
      }
    }
    await this.press(`${form} button[type="submit"]`);
  }

  /** Answers the questions until the run's summary: right (from the launcher) or, with wrong, the first of each. */
  async answerAll(what, right, kinds) {
    for (let n = 0; n < 300; n++) {
      if (!(await this.page.$('form[action="/quiz/answer"]'))) return n;
      await this.audit(`${what}: question`);
      const fields = await this.server.key(await this.cookie());
      const kind = await this.kind();
      if (kinds) kinds.add(kind);
      await this.answer(right ? fields : await this.some());
      if (!(await this.page.$('#feedback'))) fail(`${what}: no feedback after an answer: ${await this.page.content()}`);
      await this.audit(`${what}: feedback`);
      if (this.screenshot && kind === 'radios') {
        // For the README: the feedback on a single-choice question.
        await this.page.screenshot({ path: this.screenshot, fullPage: true });
        this.screenshot = undefined;
      }
      await this.press('form[action="/quiz/next"] button');
    }
    fail(`${what}: no end after 300 answers`);
  }

  async kind() {
    return this.page.$eval('form[action="/quiz/answer"]', (f) =>
      f.querySelector('input[type=checkbox]') ? 'checkboxes'
        : f.querySelector('input[name=answer]') ? 'true/false'
        : f.querySelector('input[type=radio]') ? 'radios'
        : f.querySelector('select[name^="pair."]') ? 'matching'
        : f.querySelector('select[name^="place."]') ? 'ordering'
        : f.querySelector('input[type=text]') ? 'text' : 'unknown');
  }

  /** A complete answer, likely wrong: the first option; each place and match once. */
  async some() {
    return this.page.$eval('form[action="/quiz/answer"]', (f) => {
      const out = [];
      const radio = f.querySelector('input[type=radio]');
      if (radio) out.push([radio.name, radio.value]);
      const box = f.querySelector('input[type=checkbox]');
      if (box) out.push([box.name, box.value]);
      const text = f.querySelector('input[type=text]');
      if (text) out.push([text.name, 'bones']);
      [...f.querySelectorAll('select')].forEach((s, i) => out.push([s.name, [...s.options].filter((o) => o.value)[i].value]));
      return out;
    });
  }
}

async function main() {
  const classpath = argument('--classpath') || fail('usage: node serve.js --classpath CP [--screenshot FILE]');
  const screenshot = argument('--screenshot');
  const executable = find() || fail(missing());
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quiz-serve-check-'));
  let server = await launch(classpath, dataDir);
  const browser = await chromium.launch({ executablePath: executable, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
    page.on('pageerror', (e) => fail(`script error: ${e.message}`));
    const learner = new Learner(page, server);
    learner.screenshot = screenshot;
    await page.goto(server.url);
    for (const href of ['/', '/practice', '/learn', '/review', '/modules', '/progress']) {
      await learner.press(`header nav a[href="${href}"]`);
      await learner.audit(`nav ${href}`);
    }

    // A practice of PRACTICE questions, every kind, answered by keyboard (not always right).
    await page.goto(server.url + 'practice');
    await learner.tabTo('#count');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(String(PRACTICE));
    await learner.press('form[action="/practice"] button');
    const kinds = new Set();
    const asked = await learner.answerAll('practice', false, kinds);
    if (!(await page.textContent('main')).includes(`You answered ${PRACTICE} questions`)) fail(`practice: no summary: ${await page.textContent('main')}`);
    if (kinds.size < 6) fail(`practice: only these kinds were asked: ${[...kinds].join(', ')}`);
    await learner.audit('practice: summary');

    // Learn the first module to mastery, right answers.
    await page.goto(server.url + 'learn');
    await learner.audit('learn: lesson');
    await learner.press('form[action^="/learn/"] button');
    await learner.answerAll('learn', true);
    if (!(await page.textContent('main')).includes('You have mastered this module')) fail(`learn: not mastered: ${await page.textContent('main')}`);
    await learner.audit('learn: summary');

    // A month later (the server restarted with its clock 30 days on, the session kept): a review.
    server.child.stdin.end();
    await new Promise((done) => server.child.on('exit', done));
    server = await launch(classpath, dataDir, 30);
    learner.server = server;
    await page.goto(server.url + 'review');
    await learner.audit('review: start');
    if (!(await page.$('form[action="/review"]'))) fail(`review: nothing due: ${await page.textContent('main')}`);
    await learner.press('form[action="/review"] button');
    await learner.answerAll('review', true);
    if (!(await page.textContent('h1')).includes('summary')) fail(`review: no summary: ${await page.textContent('main')}`);
    await learner.audit('review: summary');
    for (const p of ['modules', 'progress', '']) {
      await page.goto(server.url + p);
      await learner.audit(`after: /${p}`);
    }

    if (learner.violations.length) fail(`axe-core found ${learner.violations.length} violations:\n${learner.violations.join('\n')}`);
    console.log(`quiz serve in Chromium: ${asked} practice questions (${[...kinds].join(', ')}), a learning round to mastery and a review by keyboard; axe-core (${TAGS.join(', ')}) on ${learner.checked.size} pages: 0 violations`);
  } finally {
    await browser.close();
    server.child.stdin.end();
    server.child.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`web-check/serve.js: ${e.message}`);
  process.exit(1);
});
