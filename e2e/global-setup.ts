import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A fresh place for this run's evaluator claims (see ownEvaluator in fixtures.ts), shared by all workers. */
export default function globalSetup() {
  process.env.E2E_EVALUATOR_CLAIMS = mkdtempSync(join(tmpdir(), "kp-e2e-evaluators-"));
}
