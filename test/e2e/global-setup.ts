/**
 * Builds the fixture site once for the whole end-to-end suite, serves it on 127.0.0.1 with
 * netlify.toml's headers, and hands the test files its address and folder through `inject()`.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildFixtureRoot, createFixtureRoot, REPO_ROOT } from "./support/fixture-site.ts";
import { startStaticServer } from "./support/static-server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** `http://127.0.0.1:<port>` serving the fixture site */
    siteOrigin: string;
    /** The built fixture site (its _site folder) */
    siteDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = createFixtureRoot();
  const { siteDir } = buildFixtureRoot(root);
  const server = await startStaticServer(siteDir, path.join(REPO_ROOT, "netlify.toml"));
  project.provide("siteOrigin", server.origin);
  project.provide("siteDir", siteDir);
  return async () => {
    await server.close();
    if (!process.env.KEEP_E2E_SITE) rmSync(root, { recursive: true, force: true });
  };
}
