/**
 * Static files (stylesheet, scripts, icons) copied to the site as they are.
 */
import type { UserConfig } from "@11ty/eleventy";

export default function assetsPlugin(config: UserConfig): void {
  config.addPassthroughCopy({ assets: "assets" });
}
