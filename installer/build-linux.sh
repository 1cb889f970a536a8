#!/usr/bin/env bash
# Builds the Linux installers of Newsmark into target/installer/:
#   Newsmark/                    app-image (bin/Newsmark launcher, trimmed runtime, jars)
#   newsmark_<version>_amd64.deb Debian/Ubuntu package: /opt/newsmark, menu entry, icon,
#                                .newsmark file association (application/x-newsmark)
# Usage: installer/build-linux.sh            (after 'mvn package', or via 'mvn -Pinstaller package')
# Needs: a JDK 17+ with jpackage/jlink/jdeps (JAVA_HOME, else the one on PATH), fakeroot, dpkg-deb.
set -euo pipefail
cd "$(dirname "$0")/.."
. installer/common.sh

JDK_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}"
if [ -z "$JDK_BIN" ] && [ -x /usr/lib/jvm/java-17-openjdk-amd64/bin/jpackage ]; then
  JDK_BIN=/usr/lib/jvm/java-17-openjdk-amd64/bin/
fi
for tool in jdeps jlink jpackage; do
  command -v "${JDK_BIN}${tool}" >/dev/null || { echo "build-linux.sh: ${JDK_BIN}${tool} not found (set JAVA_HOME to a JDK 17+)" >&2; exit 1; }
done
for tool in fakeroot dpkg-deb; do
  command -v "$tool" >/dev/null || { echo "build-linux.sh: $tool is missing (apt-get install -y fakeroot dpkg-dev)" >&2; exit 1; }
done
[ -f target/$MAIN_JAR ] && [ -d target/lib ] || { echo "build-linux.sh: run 'mvn package' first (target/$MAIN_JAR and target/lib)" >&2; exit 1; }

VERSION="$(app_version)"
OUT=target/installer
rm -rf "$OUT"
mkdir -p "$OUT/input/lib"
cp target/$MAIN_JAR "$OUT/input/"
cp target/lib/*.jar "$OUT/input/lib/"

# 1. the JDK modules the jars use (JavaFX is on the class path, so it is analysed as jars, not modules)
DEPS="$("${JDK_BIN}jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 \
        --class-path "$OUT/input/lib/*" "$OUT/input/$MAIN_JAR" | tail -n 1)"
MODULES="$(echo "$DEPS,$EXTRA_MODULES" | tr ',' '\n' | sort -u | paste -sd, -)"
echo "jdeps: $DEPS"
echo "runtime modules: $MODULES"

# 2. a trimmed runtime, with its own class-data-sharing archive: a jlinked runtime has none by
#    default, and without one every start parses the JDK's classes again (slower cold start)
"${JDK_BIN}jlink" --add-modules "$MODULES" --output "$OUT/runtime" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive

COMMON=(--name "$APP_NAME" --app-version "$VERSION" --vendor "$APP_VENDOR"
        --description "$APP_DESCRIPTION" --copyright "$APP_COPYRIGHT")

# 3. the app-image: target/installer/Newsmark/bin/Newsmark. Its java-options keep every JVM
#    message off standard output, which carries the data of 'export --out -', 'list' and
#    'search' (LAUNCHER_LOG_OPTIONS in common.sh): warnings and errors go to stderr.
LOG_OPTIONS=()
for option in $LAUNCHER_LOG_OPTIONS; do LOG_OPTIONS+=(--java-options "$option"); done
"${JDK_BIN}jpackage" --type app-image --dest "$OUT" "${COMMON[@]}" \
  --input "$OUT/input" --main-jar "$MAIN_JAR" --main-class "$MAIN_CLASS" \
  --runtime-image "$OUT/runtime" --icon installer/icons/newsmark.png \
  --java-options "-Dfile.encoding=UTF-8" \
  "${LOG_OPTIONS[@]}"

# 3b. class-data sharing for the application's own classes: start the app-image once (under a
#     virtual display) with -XX:ArchiveClassesAtExit, then tell its launcher to use the archive.
#     Start-up with the archive took 2.5x instead of 3.5x a minimal JavaFX window (docs/performance.md).
#     Skipped, with a note, where no Xvfb is available: the package works the same without it.
if command -v Xvfb >/dev/null; then
  TRAIN="$(mktemp -d)"
  Xvfb :97 -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  sleep 1
  JSA="$OUT/$APP_NAME/lib/app/newsmark.jsa"
  if DISPLAY=:97 JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$JSA -Dnewsmark.trainingRun=true -Dnewsmark.home=$TRAIN" \
       timeout 120 "$OUT/$APP_NAME/bin/$APP_NAME" "$TRAIN/training.newsmark" --analyst training \
       --import resources/samples/harbour-bridge-budget.txt >"$TRAIN/log" 2>&1 && [ -s "$JSA" ]; then
    printf 'java-options=-XX:SharedArchiveFile=$APPDIR/newsmark.jsa\njava-options=-Xshare:auto\n' \
      >> "$OUT/$APP_NAME/lib/app/$APP_NAME.cfg"
    echo "class-data-sharing archive: $(du -h "$JSA" | cut -f1)"
  else
    rm -f "$JSA"
    echo "class-data-sharing training run failed; packaging without the archive (see $TRAIN/log)"
  fi
  kill "$XVFB_PID" 2>/dev/null || true
else
  echo "no Xvfb: packaging without an application class-data-sharing archive"
fi

# 4. the .deb, from that app-image
"${JDK_BIN}jpackage" --type deb --dest "$OUT" "${COMMON[@]}" \
  --app-image "$OUT/$APP_NAME" \
  --linux-package-name newsmark --linux-deb-maintainer "newsmark@example.org" \
  --linux-menu-group "Office" --linux-app-category "text" --linux-shortcut \
  --linux-package-deps "libgtk-3-0" \
  --icon installer/icons/newsmark.png --resource-dir installer/linux \
  --file-associations installer/newsmark-file-association.properties

rm -rf "$OUT/input" "$OUT/runtime"
echo
ls -la "$OUT"/*.deb
du -sh "$OUT/$APP_NAME"
