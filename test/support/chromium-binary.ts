/** Environment variable naming another Chromium or Chrome binary (a Mac's Chrome, a snap). */
export const CHROMIUM_ENV = "RASD_CHROMIUM";

/** The browser the map tests drive: Debian's chromium package (.ci/run installs it), or $RASD_CHROMIUM. */
export const CHROMIUM = process.env[CHROMIUM_ENV] || "/usr/bin/chromium";
