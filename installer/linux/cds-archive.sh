#!/bin/sh
# Newsmark's class-data-sharing archive, made where the application lies (ADR 0035).
#   cds-archive.sh create ROOT   ROOT/lib/app/newsmark.jsa from the shipped class list
#   cds-archive.sh remove ROOT   deletes it
# ROOT is the app-image: /opt/newsmark once installed (the .deb's postinst and prerm call this),
# target/installer/Newsmark in the build folder (build-linux.sh calls it).
#
# Why at install time: JDK 17 accepts an archive only with the class path it was made with, so
# an archive made in the build folder is refused under /opt ("APP classpath mismatch"). The
# class list (class names only, from the build's training run) is valid anywhere; the static
# archive is dumped from it with exactly the launcher's class path (the app.classpath lines of
# Newsmark.cfg, in their order) by the bundled runtime that will map it.
set -e

usage() {
  echo "usage: cds-archive.sh create|remove APP_IMAGE_ROOT" >&2
  exit 2
}
[ $# -eq 2 ] || usage
ROOT="$2"
APPDIR="$ROOT/lib/app"
JSA="$APPDIR/newsmark.jsa"

# The launcher's class path: Newsmark.cfg's app.classpath lines, $APPDIR expanded, joined by ':'.
launcher_class_path() {
  sed -n 's/^app\.classpath=//p' "$APPDIR/Newsmark.cfg" | sed "s|\\\$APPDIR|$APPDIR|" | paste -sd: -
}

# Without a usable archive of its own the launcher would run with no class-data sharing at all
# (its -XX:SharedArchiveFile replaces the runtime's default archive), so the fallback is that
# default archive: slower than ours, faster than none.
fall_back() {
  rm -f "$JSA"
  ln -s ../runtime/lib/server/classes.jsa "$JSA"
  echo "Newsmark: $1; using the Java runtime's own class-data-sharing archive (a slower start)" >&2
}

create() {
  rm -f "$JSA"
  if [ ! -s "$APPDIR/newsmark.classlist" ]; then
    fall_back "no class list in $APPDIR"
    return 0
  fi
  # -Xshare:dump prints a line per class it skips; keep that out of the installation log
  # unless the dump fails.
  if log="$("$ROOT/lib/runtime/bin/java" -Xshare:dump \
        -XX:SharedClassListFile="$APPDIR/newsmark.classlist" -XX:SharedArchiveFile="$JSA" \
        -cp "$(launcher_class_path)" 2>&1)" && [ -s "$JSA" ]; then
    echo "Newsmark: class-data-sharing archive made for $ROOT ($(du -h "$JSA" | cut -f1))"
  else
    printf '%s\n' "$log" | tail -n 5 >&2
    fall_back "the class-data-sharing archive could not be made"
  fi
}

case "$1" in
  create) create ;;
  remove) rm -f "$JSA" ;;
  *) usage ;;
esac
