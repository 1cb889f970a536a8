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
#    The launcher maps its own class-data-sharing archive, made where it lies (3b, ADR 0035).
LOG_OPTIONS=()
for option in $LAUNCHER_LOG_OPTIONS; do LOG_OPTIONS+=(--java-options "$option"); done
"${JDK_BIN}jpackage" --type app-image --dest "$OUT" "${COMMON[@]}" \
  --input "$OUT/input" --main-jar "$MAIN_JAR" --main-class "$MAIN_CLASS" \
  --runtime-image "$OUT/runtime" --icon installer/icons/newsmark.png \
  --java-options "-Dfile.encoding=UTF-8" \
  "${LOG_OPTIONS[@]}" \
  --java-options '-XX:SharedArchiveFile=$APPDIR/newsmark.jsa'
APPDIR="$OUT/$APP_NAME/lib/app"
cp installer/linux/cds-archive.sh "$OUT/$APP_NAME/lib/cds-archive.sh"

# 3b. the class list for class-data sharing: the app-image runs once each way a user starts it,
#     with -XX:DumpLoadedClassList: 'import' makes a scratch project, the window opens it under a
#     virtual display and quits once the whole window is shown, side tables included
#     (-Dnewsmark.startProbe=exit, COMPLETE; it ends there however slow the machine), then 'list' and
#     'export'. The list holds class names only, so it is valid wherever the package is
#     installed; the .deb's postinst dumps the archive from it with the installed class path
#     (cds-archive.sh, ADR 0035). Without Xvfb there is no list, and the launcher falls back to
#     the runtime's own archive.
train_class_list() {
  TRAIN="$(mktemp -d)"
  trap 'kill "$XVFB_PID" 2>/dev/null || true; rm -rf "$TRAIN"' EXIT
  # -displayfd: Xvfb picks a free display and writes its number (builds may run side by side)
  Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$TRAIN/display" >/dev/null 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 300); do [ -s "$TRAIN/display" ] && break; sleep 0.1; done
  local project="$TRAIN/training.newsmark" n=0
  run_recorded() {  # the launcher with its classes recorded in $TRAIN/<n>.classlist
    n=$((n + 1))
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$TRAIN/$n.classlist -Dnewsmark.home=$TRAIN $1" \
      timeout 300 "$OUT/$APP_NAME/bin/$APP_NAME" "${@:2}" >>"$TRAIN/log" 2>&1
  }
  if run_recorded "" import "$project" resources/samples/harbour-bridge-budget.txt --analyst training &&
     DISPLAY=":$(head -n 1 "$TRAIN/display")" run_recorded -Dnewsmark.startProbe=exit "$project" --analyst training &&
     grep -qx READY "$TRAIN/log" &&
     run_recorded "" list "$project" &&
     run_recorded "" export "$project" --format csv --out -; then
    # one list, each line once, in the order first seen (the window's classes first)
    awk '!seen[$0]++' "$TRAIN/2.classlist" "$TRAIN/1.classlist" "$TRAIN/3.classlist" "$TRAIN/4.classlist" \
      > "$APPDIR/newsmark.classlist"
    echo "class list for class-data sharing: $(grep -vc '^#' "$APPDIR/newsmark.classlist") lines"
  else
    echo "class-data-sharing training run failed; packaging without a class list:" >&2
    tail -n 20 "$TRAIN/log" >&2
  fi
  kill "$XVFB_PID" 2>/dev/null || true
}
if command -v Xvfb >/dev/null; then
  train_class_list
else
  echo "no Xvfb: packaging without a class list for class-data sharing (a slower start)"
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
# the app-image in the build folder gets an archive for its own place too (and the dump is tried
# here, at build time, before any user's postinst runs it)
sh installer/linux/cds-archive.sh create "$OUT/$APP_NAME"
echo
ls -la "$OUT"/*.deb
du -sh "$OUT/$APP_NAME"
