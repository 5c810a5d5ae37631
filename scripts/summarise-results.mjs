// Prints the closing line over every runner: the four checks (lint, typecheck, check:geo, build) plus every Vitest
// test. A Vitest run that crashed before writing results counts as one failure. Exits non-zero on any failure.
import { readFileSync, existsSync } from 'node:fs';

const [file, checksPassed, checksFailed, vitestRc] = process.argv.slice(2);
let passed = Number(checksPassed);
let failed = Number(checksFailed);
let skipped = 0;
if (file && existsSync(file)) {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // Files that failed to load (syntax errors, setup failures) have no tests to count: count each as one failure.
  failed += (r.testResults ?? []).filter(
    (t) => t.status === 'failed' && (t.assertionResults ?? []).length === 0,
  ).length;
  if (r.numTotalTests === 0) failed += 1;
} else {
  failed += 1;
}
if (Number(vitestRc) !== 0 && failed === Number(checksFailed)) failed += 1;
console.log(
  skipped > 0
    ? `${passed} passed, ${failed} failed, ${skipped} skipped`
    : `${passed} passed, ${failed} failed`,
);
process.exit(failed > 0 ? 1 : 0);
