// Prints the closing line over every runner: the four checks (lint, typecheck, check:geo, build) plus every Vitest
// test. Exits non-zero on any failure. Nothing may hide: a skipped or todo test counts as failed (here a test is
// only skipped when its file's setup broke), a file that failed outside its tests (a load error, a failing
// beforeAll/afterAll such as an unexpected console message) counts as one failure, and so does a Vitest run that
// crashed before writing results.
import { readFileSync, existsSync } from 'node:fs';

const [file, checksPassed, checksFailed, vitestRc] = process.argv.slice(2);
let passed = Number(checksPassed);
let failed = Number(checksFailed);
if (file && existsSync(file)) {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  for (const t of r.testResults ?? []) {
    const failedTests = (t.assertionResults ?? []).filter((a) => a.status === 'failed').length;
    if (t.status === 'failed' && failedTests === 0) {
      failed += 1;
      console.log(`File failed outside its tests: ${t.name}\n${(t.message ?? '').slice(0, 2000)}`);
    }
  }
  if (r.numTotalTests === 0) failed += 1;
} else {
  failed += 1;
}
if (Number(vitestRc) !== 0 && failed === Number(checksFailed)) failed += 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
