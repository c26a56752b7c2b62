// Prints one plain `N passed, N failed[, N skipped]` line as the very last line of
// output (CI reads it), counting every test in every browser. Keeps the exit code.

function countSuite(suite, acc) {
  if (!suite) return;
  for (const t of suite.tests ?? []) {
    if (t.skipped) acc.skipped += 1;
    else if (t.passed) acc.passed += 1;
    else acc.failed += 1;
  }
  for (const s of suite.suites ?? []) countSuite(s, acc);
}

export function countSessions(sessions) {
  const acc = { passed: 0, failed: 0, skipped: 0 };
  for (const session of sessions) {
    const before = acc.failed;
    countSuite(session.testResults, acc);
    // A session that failed without a failing test (file failed to load, uncaught
    // error, browser timeout, ...) still counts as one failure.
    if (session.passed === false && acc.failed === before) acc.failed += 1;
  }
  return acc;
}

export function summaryReporter() {
  let counts = { passed: 0, failed: 0, skipped: 0 };
  let printed = false;
  const print = (code) => {
    if (printed) return;
    printed = true;
    const c = { ...counts };
    // Never claim success on a non-zero exit.
    if (code !== 0 && c.failed === 0) c.failed = 1;
    const line = `${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`;
    process.stdout.write(`\n${line}\n`);
  };
  return {
    start() {
      // Registered after the runner's own 'exit' listener, so this runs last.
      process.on('exit', (code) => print(code ?? process.exitCode ?? 0));
    },
    onTestRunFinished({ sessions }) {
      counts = countSessions(sessions);
    },
    stop({ sessions }) {
      if (sessions) counts = countSessions(sessions);
    },
  };
}
