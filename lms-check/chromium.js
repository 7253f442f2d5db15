// The one place that finds the Chromium the project's browser checks drive, and launches it headless
// through playwright-core (which never downloads a browser of its own). .ci/run installs Debian's
// chromium package when no Chromium is found; anyone else installs it (or sets CHROMIUM).
//   node chromium.js       prints the executable it found, or says how to get one (exit status 1)
//   require('./chromium').launch()   a headless Playwright Browser on that executable
// Lookup: $CHROMIUM (a path to the executable), else the first of NAMES on the PATH.
'use strict';
const fs = require('fs');
const path = require('path');

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function executable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The Chromium executable, or null. */
function find(env = process.env) {
  if (env.CHROMIUM) return executable(env.CHROMIUM) ? env.CHROMIUM : null;
  for (const name of NAMES) {
    for (const dir of (env.PATH || '').split(path.delimiter).filter(Boolean)) {
      const file = path.join(dir, name);
      if (executable(file)) return file;
    }
  }
  return null;
}

function missing(env = process.env) {
  return env.CHROMIUM
    ? `CHROMIUM is ${JSON.stringify(env.CHROMIUM)}, which is not an executable file: point it at Chromium's executable, or unset it to look on the PATH.`
    : `The browser checks of ./mvnw -B verify (lms-check/qti3-runtime.js) run in headless Chromium, and none was found on the PATH (looked for ${NAMES.join(', ')}; PATH is ${env.PATH || '(empty)'}): install it (Debian: apt-get install -y chromium; .ci/run does) or set CHROMIUM to its executable.`;
}

/** Launches headless Chromium; throws with missing()'s message when there is none. */
async function launch(options = {}) {
  const file = find();
  if (!file) throw new Error(missing());
  const { chromium } = require('playwright-core');
  return chromium.launch({ executablePath: file, headless: true, ...options });
}

module.exports = { find, launch, missing };

if (require.main === module) {
  const file = find();
  if (!file) {
    console.error(missing());
    process.exit(1);
  }
  console.log(`Chromium for the browser checks: ${file}`);
}
