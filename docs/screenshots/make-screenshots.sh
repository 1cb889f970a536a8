#!/usr/bin/env bash
# Makes the pictures of docs/user-guide.md: builds the jar, starts the real Newsmark under Xvfb
# with a fresh home (so the first run creates the sample project), drives it with xdotool and
# writes PNGs into docs/images/. Features that are not in the jar yet (export dialog, compare
# view) are skipped and listed at the end.
#
# Usage: docs/screenshots/make-screenshots.sh [--no-build]
# Needs: Xvfb, xdotool, ImageMagick (import, convert), a JDK 17 and Maven.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
OUT="$ROOT/docs/images"
mkdir -p "$OUT"

if [ "${1:-}" != "--no-build" ]; then
  mvn -B -q package -DskipTests ${MVN_OPTS:-}
fi

DISP="${SCREENSHOT_DISPLAY:-:9}"
NM_HOME="$(mktemp -d)"
Xvfb "$DISP" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
APP_PID=
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$NM_HOME"
}
trap cleanup EXIT
export DISPLAY="$DISP"
sleep 1

TAKEN=()
SKIPPED=()

# The app's main window and the frontmost of its windows (a dialog when one is open).
app_windows() { xdotool search --onlyvisible --pid "$APP_PID" 2>/dev/null || true; }
focus_top() {
  local w
  w=$(app_windows | tail -n 1)
  [ -n "$w" ] && xdotool windowfocus --sync "$w" 2>/dev/null || true
}
key() { focus_top; xdotool key --delay 60 "$@"; sleep 0.4; }
wait_for_windows() { # count
  for _ in $(seq 1 60); do
    [ "$(app_windows | wc -l)" -ge "$1" ] && return 0
    sleep 0.5
  done
  return 1
}
shot() { # name: the whole screen, black border trimmed
  sleep 0.8
  import -window root "$OUT/$1.png"
  convert "$OUT/$1.png" -trim +repage "$OUT/$1.png"
  TAKEN+=("docs/images/$1.png")
}
# Click at a point of the main window (x y relative to its top-left corner).
click_at() {
  local main geom x0 y0
  main=$(app_windows | head -n 1)
  eval "$(xdotool getwindowgeometry --shell "$main")"
  xdotool mousemove $((X + $1)) $((Y + $2)) click 1
  sleep 0.5
}
has_class() { unzip -l target/newsmark.jar | grep -q "$1"; }

# 1. first run, as a new analyst (Robin): the sample project opens on Alex's tags, read-only,
#    with the How to tag card on top; Escape shows the banner saying whose tags they are
start_app() { # analyst
  java -Dnewsmark.home="$NM_HOME" -Dprism.order=sw -jar target/newsmark.jar --analyst "$1" \
    >>"$NM_HOME/app.log" 2>&1 &
  APP_PID=$!
  wait_for_windows "$2" || { echo "Newsmark did not open its windows; log:"; cat "$NM_HOME/app.log"; exit 1; }
  # the first frame can take a while on a busy machine: wait until the screen is not blank
  for _ in $(seq 1 60); do
    sd=$(import -window root png:- | convert png:- -format '%[fx:standard_deviation]' info:)
    awk "BEGIN{exit !($sd > 0.08)}" && break
    sleep 1
  done
}
start_app Robin 2
shot first-run
key Escape
sleep 1
shot first-run-banner
key ctrl+q
for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done

# the rest as Alex, whose tags the sample has
start_app Alex 1
sleep 3   # the article list and the sample's layout settle before the first click

# 2. tagging with the keyboard, in the bridge article: put the caret before "The bridge carries",
#    move by words, select "about 35,000 vehicles a day" with Ctrl+Shift+Right, press 2 (statistic)
click_at 100 290   # the bridge article: the first row of the article table (under its filter, choosers and header)
sleep 1
click_at 276 602
sleep 0.5
click_at 276 602   # again: the first click may only give the window the focus
key ctrl+Right ctrl+Right ctrl+Right Right
key ctrl+shift+Right ctrl+shift+Right ctrl+shift+Right ctrl+shift+Right ctrl+shift+Right ctrl+shift+Right shift+Left
shot selecting
key 2
shot tagging

# 3. overlapping tags: "48 million euros" is a statistic inside a claim; a click there offers both
click_at 420 280
shot overlapping-tags
key Escape

# 4. a click on a tag selects it, in the article and in the Tags table
click_at 715 646
shot annotation-table

# 4b. Ctrl+Shift+A: the keys go to the selected tag's attributes (the framing tag's frame)
key ctrl+shift+a
shot attributes-panel
key Escape
shot workbench   # the README's picture: the whole window with a tag selected

# 4c. linking by keyboard: click the deputy mayor's quote, L (the banner, the claim outlined thick,
#     the arcs of Alex's two statistic links), then Enter links it
click_at 480 430
key l
shot linking
key Return
sleep 0.5
key Escape

# 5. File › Export… (Ctrl+E): the export dialog
key ctrl+e
sleep 1
shot export-dialog
key Escape
sleep 0.5

# 6. View › Compare Analysts… (Ctrl+K): Alex and Sam side by side; F8 jumps to the first
#    disagreement, A accepts Alex's span (marked ✓, "1 of 6 decided") and selects the next;
#    then the Agreement tab; Ctrl+W closes the window
key ctrl+k
sleep 3
key F8
sleep 1
key a
sleep 1
shot compare-view
compare=$(xdotool search --name "Compare analysts" | head -n 1)
if [ -n "$compare" ]; then
  eval "$(xdotool getwindowgeometry --shell "$compare")"
  xdotool mousemove $((X + 910)) $((Y + 54)) click 1   # the Link disagreements tab
  sleep 1
  key F8
  shot link-disagreements
  xdotool mousemove $((X + 1053)) $((Y + 54)) click 1   # the Attribute values tab
  sleep 1
  shot attribute-values
  xdotool mousemove $((X + 1167)) $((Y + 54)) click 1   # the Agreement tab
  sleep 1
  shot agreement-panel
fi
key ctrl+w
sleep 1

# 7. preferences (Ctrl+,): choose the dark theme, OK; then two steps larger text (Ctrl+Plus)
key ctrl+comma
wait_for_windows 2 || true
click_at 605 383   # Dark
shot preferences
click_at 916 557   # OK
sleep 1
key ctrl+plus ctrl+plus
shot dark-theme
key ctrl+0

# 8. the Edit menu, opened with the mouse
click_at 76 18
shot edit-menu
key Escape

# 8b. Edit › Codebook… (Ctrl+Shift+K): the labels, their definitions and attributes
key ctrl+shift+k
sleep 1.5
shot codebook-dialog
key Escape
sleep 0.5

# 8c. View › Sources… (Ctrl+Shift+S): who gets quoted, a source selected with its counts and quotes
key ctrl+shift+s
sleep 2
sources=$(xdotool search --name "Sources —" | head -n 1)
if [ -n "$sources" ]; then
  eval "$(xdotool getwindowgeometry --shell "$sources")"
  xdotool mousemove $((X + 150)) $((Y + 124)) click 1   # the second source, Ilse Marten: quoted by both analysts
  sleep 1
  shot sources-view
  key ctrl+w
  sleep 0.5
else
  SKIPPED+=("docs/images/sources-view.png (no Sources window)")
fi

# 9. File › Delete Article… (Ctrl+Shift+Delete) asks first, naming the tags that go with it
key ctrl+shift+Delete
sleep 1
shot delete-article
key Escape
sleep 0.5

# 10. a narrow window (720 px): the article keeps its width, the side panels fold away
main=$(app_windows | head -n 1)
xdotool windowsize --sync "$main" 720 700 || true
sleep 1.5
shot narrow-window

echo "Screenshots taken:"
printf '  %s\n' "${TAKEN[@]}"
if [ ${#SKIPPED[@]} -gt 0 ]; then
  echo "Skipped:"
  printf '  %s\n' "${SKIPPED[@]}"
fi
