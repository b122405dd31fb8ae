// A closing line CI can read, `browser: N passed, N failed, N skipped`, after the runner's own summary.

/** @param {any} suite */
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

/** @returns {import('@web/test-runner').Reporter} */
export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load has no tests but errors: count it as a failure.
        if (
          !session.passed &&
          (session.errors?.length ?? 0) > 0 &&
          !session.testResults?.tests?.length &&
          !session.testResults?.suites?.length
        )
          totals.failed += 1;
      }
      setTimeout(
        () =>
          console.log(
            `browser: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`,
          ),
        0,
      );
    },
  };
}
