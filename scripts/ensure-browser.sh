#!/usr/bin/env bash
# Headless Chromium + ChromeDriver for tests/test_browser.py (Debian's packages; no browser download).
# On a developer's machine this only reports; under CI (CI=true) as root it installs them with apt-get.
set -u
have() { command -v "$1" >/dev/null 2>&1; }
if (have chromium || have chromium-browser || have google-chrome) && have chromedriver; then
  exit 0
fi
if [ "${CI:-}" = "true" ] && [ "$(id -u)" = "0" ] && have apt-get; then
  echo "CI: installing Debian's chromium and chromium-driver for the browser test"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq chromium chromium-driver >/dev/null \
    || echo "could not install chromium; the browser test will be skipped"
else
  echo "note: no headless Chromium/ChromeDriver found; the browser test will be skipped" \
       "(Debian/Ubuntu: sudo apt-get install chromium chromium-driver)"
fi
exit 0
