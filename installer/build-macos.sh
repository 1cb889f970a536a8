#!/usr/bin/env bash
# Builds Newsmark.dmg for macOS into target/installer/. NOT BUILT OR TESTED in this repository's
# CI (it runs on Linux); run on a Mac with a JDK 17+ (JAVA_HOME) after 'mvn package'.
# The JavaFX jars in target/lib must be the mac ones: build with 'mvn package' on the Mac (the
# javafx-*-mac.jar / -mac-aarch64.jar classifiers are chosen by the OS Maven runs on).
set -euo pipefail
cd "$(dirname "$0")/.."
. installer/common.sh
JDK_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}"
VERSION="$(app_version)"
OUT=target/installer
rm -rf "$OUT" && mkdir -p "$OUT/input/lib"
cp target/$MAIN_JAR "$OUT/input/" && cp target/lib/*.jar "$OUT/input/lib/"

# icon: .icns from the 1024 px rendering of installer/icons/newsmark.svg (sips and iconutil ship with macOS)
ICONSET="$OUT/newsmark.iconset"
mkdir -p "$ICONSET"
for s in 16 32 128 256 512; do
  sips -z $s $s installer/icons/newsmark-1024.png --out "$ICONSET/icon_${s}x${s}.png" >/dev/null
  sips -z $((s*2)) $((s*2)) installer/icons/newsmark-1024.png --out "$ICONSET/icon_${s}x${s}@2x.png" >/dev/null
done
iconutil -c icns "$ICONSET" -o "$OUT/newsmark.icns"
sed "s|^icon=.*|icon=$OUT/newsmark.icns|" installer/newsmark-file-association.properties > "$OUT/fa.properties"

DEPS="$("${JDK_BIN}jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 \
        --class-path "$OUT/input/lib/*" "$OUT/input/$MAIN_JAR" | tail -n 1)"
MODULES="$(echo "$DEPS,$EXTRA_MODULES" | tr ',' '\n' | sort -u | paste -sd, -)"
"${JDK_BIN}jlink" --add-modules "$MODULES" --output "$OUT/runtime" \
  --strip-debug --no-header-files --no-man-pages --compress=2

"${JDK_BIN}jpackage" --type dmg --dest "$OUT" \
  --name "$APP_NAME" --app-version "$VERSION" --vendor "$APP_VENDOR" \
  --description "$APP_DESCRIPTION" --copyright "$APP_COPYRIGHT" \
  --input "$OUT/input" --main-jar "$MAIN_JAR" --main-class "$MAIN_CLASS" \
  --runtime-image "$OUT/runtime" --icon "$OUT/newsmark.icns" \
  --mac-package-identifier org.newsmark.Newsmark --mac-package-name "Newsmark" \
  --mac-app-category public.app-category.productivity \
  --file-associations "$OUT/fa.properties" \
  --java-options "-Dfile.encoding=UTF-8"
# Signing and notarisation (not set up): add --mac-sign --mac-signing-key-user-name "Developer ID Application: …"
ls -la "$OUT"/*.dmg
