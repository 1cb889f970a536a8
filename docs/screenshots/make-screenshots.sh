#!/usr/bin/env bash
# Makes the pictures of docs/user-guide.md: builds the jar, starts the real Newsmark under Xvfb
# with a fresh home (so the first run creates the sample project), drives it with xdotool and
# writes PNGs into docs/images/. Then (step 11) it makes a study project of the small corpus in
# docs/screenshots/corpus with the command line and takes the pictures of the article table,
# details, find, corpus search and statistics there. Step 11g makes a .qdpx of the sample project
# and a corrected version of its bridge article, and takes the pictures of File › Import from Other
# Tools… and of a new version (its plan, the review list). Step 12 runs make-team-screenshots.sh
# (the pictures of docs/team.md). Features that are not in the jar yet (export dialog, compare view)
# are skipped and listed at the end.
#
# Usage: docs/screenshots/make-screenshots.sh [--no-build]
# Needs: Xvfb, xdotool, ImageMagick (import, convert), GTK 3 (the file choosers of step 11g), a JDK
# 17 and Maven; python3 for the study's first tags (without it the study has only the tags Tag all
# makes).
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
APP_HOME="$NM_HOME"   # the app's home folder (the study of step 11 gets one of its own)
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
# -Dnewsmark.appcds=off: the app is started directly, not relaunched with its AppCDS archive
# (decision 0037), so its windows belong to APP_PID
start_app() { # analyst windows [project]
  java -Dnewsmark.home="$APP_HOME" -Dnewsmark.appcds=off -Dprism.order=sw -jar target/newsmark.jar ${3:+"$3"} --analyst "$1" \
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

# 11. issue 16 on a study of its own: the corpus of docs/screenshots/corpus (11 invented articles
#     of three outlets, January to June 2026, with a manifest) made into a project with the command
#     line, a few of Ana's tags (corpus-tags.tsv) and statuses, then the article table, the article
#     details, the find bar, corpus search with Tag all, and the statistics.
key ctrl+q
for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
APP_PID=

nm() { java -jar target/newsmark.jar "$@"; }
CORPUS="$ROOT/docs/screenshots/corpus"
STUDY="$NM_HOME/Study 2026.newsmark"
corpus_imported() { # every article of the corpus is in the study, with its manifest's outlet
  local files rows
  files=$(find "$CORPUS" -name '*.txt' | wc -l)
  rows=$(nm export "$STUDY" --what articles | grep -c ',\(Harbour Gazette\|Riverside Weekly\|Valley Courier\),' || true)
  [ "$rows" -eq "$files" ]
}
# the folder and its manifest together when this build does it right, else the manifest alone
# (its path column names every file)
if ! nm import "$STUDY" --recursive "$CORPUS" --manifest "$CORPUS/manifest.csv" --analyst Ana \
       >>"$NM_HOME/cli.log" 2>&1 || ! corpus_imported; then
  rm -f "$STUDY" "$STUDY-wal" "$STUDY-shm"
  nm import "$STUDY" --manifest "$CORPUS/manifest.csv" --analyst Ana >>"$NM_HOME/cli.log" 2>&1
fi
corpus_imported || { echo "The corpus was not imported; log:"; cat "$NM_HOME/cli.log"; exit 1; }

# Ana's claims, opinions and framing: each phrase of corpus-tags.tsv found with `newsmark search`
# and imported as a tag where it stands (no offsets to keep in step with the texts)
TAGS_CSV="$NM_HOME/study-tags.csv"
echo "analyst,label,document_id,start,end" >"$TAGS_CSV"
command -v python3 >/dev/null || SKIPPED+=("Ana's tags of corpus-tags.tsv (no python3)")
command -v python3 >/dev/null && while IFS=$'\t' read -r label phrase; do
  case "$label" in ''|'#'*) continue ;; esac
  nm search "$STUDY" "$phrase" | python3 -c '
import csv, sys
rows = list(csv.DictReader(sys.stdin))
if not rows:
    print("corpus-tags.tsv: not in the corpus: " + sys.argv[2], file=sys.stderr)
for r in rows:
    print("Ana,%s,%s,%s,%s" % (sys.argv[1], r["document_id"], r["start"], r["end"]))' "$label" "$phrase" >>"$TAGS_CSV"
done <"$ROOT/docs/screenshots/corpus-tags.tsv"
[ "$(wc -l <"$TAGS_CSV")" -gt 1 ] && nm import-annotations "$STUDY" "$TAGS_CSV" >>"$NM_HOME/cli.log"

# A window of the app by (part of) its title, once shown; not OTHER (a window it replaces).
window_named() { # title [other]
  local w
  for _ in $(seq 1 40); do
    w=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | grep -v "^${2:-none}\$" | head -n 1 || true)
    [ -n "$w" ] && { echo "$w"; return 0; }
    sleep 0.5
  done
  return 1
}
# Drag with the mouse from one point of the main window to another.
drag_at() { # x0 y0 x1 y1
  local main
  main=$(app_windows | head -n 1)
  eval "$(xdotool getwindowgeometry --shell "$main")"
  xdotool mousemove $((X + $1)) $((Y + $2)) mousedown 1 sleep 0.3 \
    mousemove $((X + ($1 + $3) / 2)) $((Y + ($2 + $4) / 2)) sleep 0.3 \
    mousemove $((X + $3)) $((Y + $4)) sleep 0.3 mouseup 1
  sleep 0.8
}
row_y() { echo $((290 + $1 * 364 / 10)); }   # the middle of row N (0 first) of the article table
# Until the left of the main window (the articles panel) is drawn and holds still for a second:
# on a busy machine the window can stay blank a while, and a drag then is lost.
wait_drawn() {
  local main prev= now sd
  main=$(app_windows | head -n 1)
  eval "$(xdotool getwindowgeometry --shell "$main")"
  for _ in $(seq 1 40); do
    import -window root -crop "240x700+$X+$Y" +repage "$NM_HOME/left.png"
    now=$(md5sum <"$NM_HOME/left.png")
    sd=$(convert "$NM_HOME/left.png" -format '%[fx:standard_deviation]' info:)
    [ "$now" = "$prev" ] && awk "BEGIN{exit !($sd > 0.05)}" && return 0
    prev=$now
    sleep 1
  done
}

# a home of its own: the light theme, the default window and panel widths, whatever steps 1-10 chose
APP_HOME="$NM_HOME/study-home"
mkdir -p "$APP_HOME"
start_app Ana 1 "$STUDY"
wait_drawn

# 11a. the article table, its panel dragged to its widest (420 px) so Outlet and Date show, the
#      title column a little narrower so the outlets can be read; Ana's statuses: done (Ctrl+3)
#      and in progress (Ctrl+2) for a few articles, the first one open
click_at 60 90      # the Articles heading: the first click may only give the window the focus
drag_at 233 447 425 447   # (not past 420: the columns share the width differently then)
drag_at 134 251 95 251
for i in 0 1 2 4 6; do click_at 100 "$(row_y $i)"; key ctrl+3; done
for i in 7 9; do click_at 100 "$(row_y $i)"; key ctrl+2; done
click_at 100 "$(row_y 0)"
shot article-table

# 11b. the quick filter: "riverside" keeps the Riverside Weekly's articles (outlet contains it)
click_at 200 117
xdotool type --delay 80 riverside
sleep 1
shot article-table-filtered
key Escape
sleep 0.5

# 11c. Edit › Article Details… (Ctrl+Shift+D) on the clinic article: the manifest's values and
#      its custom field, section
click_at 100 "$(row_y 4)"
key ctrl+shift+d
if details=$(window_named "Article Details"); then
  shot article-details
  key Escape
  sleep 0.5
else
  SKIPPED+=("docs/images/article-details.png (no Article Details window)")
fi

# 11d. the find bar (Ctrl+F) in the budget article: "euros" typed, every match boxed over the tags;
#      the articles panel dragged back to its default width first, so the article has its room
click_at 100 "$(row_y 0)"
drag_at 423 447 233 447
click_at 700 700   # into the article, below its text
key ctrl+f
xdotool type --delay 80 euros
sleep 0.5
key Return
shot find-bar
key Escape
sleep 0.5

# 11d2. suggestions (Ctrl+G) in the same article: dotted outlines on its figures and quotes, the bar
#       with the keys; F8 on to the seventh, the opposition councillor's quote, whose speaker and cue
#       are underlined; Ctrl+G hides them
click_at 700 700
key ctrl+Home
key ctrl+g
sleep 1.5
for _ in 1 2 3 4 5 6; do key F8; done
shot suggestions
key ctrl+g
sleep 0.5

# 11e. View › Search Corpus… (Ctrl+Shift+F): "percent", the hits in context by article; Tag all…
#      as statistic: the count comes first (tag-all-preview), then confirmed, so the statistics
#      below count statistics too
key ctrl+shift+f
if search=$(window_named "Search Corpus"); then
  xdotool type --delay 80 percent
  key Return
  sleep 1.5
  shot corpus-search
  key Tab Tab Tab Tab space   # past Best first, Only the articles listed and Search to Tag all…
  if choice=$(window_named "Tag All"); then
    key Down Return            # the label chooser: the second label, statistic
    # statistic has attributes: their values for every new tag come next, left empty here
    # (Ctrl+Enter continues); the preview then replaces them. A build without that dialog
    # shows the preview at once, and it stays.
    if next=$(window_named "Tag All" "$choice"); then
      key ctrl+Return
      preview=$(window_named "Tag All" "$next") ||
        { xdotool search --onlyvisible --name "Tag All" | grep -qx "$next" && preview=$next; } || true
    fi
    if [ -n "${preview:-}" ]; then
      shot tag-all-preview
      key Tab space            # Cancel has the focus (Enter must not tag): Tab to Tag All
      sleep 2
    else
      SKIPPED+=("docs/images/tag-all-preview.png (no preview of Tag all)")
    fi
  else
    SKIPPED+=("docs/images/tag-all-preview.png (Tag all… asked for no label)")
  fi
  key ctrl+w   # (Esc would stay in the list of hits, which has the keys now)
  sleep 0.5
else
  SKIPPED+=("docs/images/corpus-search.png (no Search Corpus window)")
fi

# 11f. View › Statistics… (Ctrl+Shift+G): tags by outlet and label as bars; then the Timeline tab
key ctrl+shift+g
if stats=$(window_named "Statistics"); then
  sleep 2
  shot statistics
  eval "$(xdotool getwindowgeometry --shell "$stats")"
  xdotool mousemove $((X + 120)) $((Y + 58)) click 1   # the Timeline (by month) tab
  sleep 1.5
  shot statistics-timeline
  key Escape
  sleep 0.5
else
  SKIPPED+=("docs/images/statistics.png (no Statistics window)")
fi

# 11g. issue 19: the three pictures of "Other tools" and "A new version of an article". The inputs
#      are made here: a REFI-QDA project (.qdpx) exported with the command line from the sample
#      project of steps 1-10 (under the first home folder: its Newsmark folder), a small fresh
#      project with one article of its own (Robin's), and a corrected version of the sample's
#      bridge article. The file choosers are GTK's: Ctrl+L, the whole path typed, Return.
key ctrl+q
for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
APP_PID=
SAMPLE="$NM_HOME/Newsmark/Sample project.newsmark"
QDPX="$NM_HOME/sample.qdpx"
PORT="$NM_HOME/Port authority.newsmark"
CORRECTED="$NM_HOME/harbour-bridge-budget-corrected.txt"
# A file chooser by its title: the path typed into its location field.
choose_file() { # title path
  local chooser
  chooser=$(window_named "$1") || return 1
  xdotool windowfocus --sync "$chooser" 2>/dev/null || true
  xdotool key --delay 60 ctrl+l
  sleep 0.5
  xdotool type --delay 20 "$2"
  sleep 0.5
  xdotool key Return
}
# An alert of the app: its title is only "Newsmark" (the main window's names the project too).
alert_shown() { window_named '^Newsmark$' >/dev/null; }
nm export "$SAMPLE" --format qdpx --out "$QDPX" >>"$NM_HOME/cli.log" 2>&1 || rm -f "$QDPX"
printf 'Harbour fees rise\n\nThe port authority raised its fees by 8 per cent on Monday, its chair said.\n' \
  >"$NM_HOME/harbour-fees-rise.txt"
nm import "$PORT" "$NM_HOME/harbour-fees-rise.txt" --analyst Robin >>"$NM_HOME/cli.log" 2>&1 || rm -f "$PORT"
# the outlet's correction: a line under the byline (the tags after it keep their text), the traffic
# paragraph moved up before the engineers' (its tags move), and the corroded cables' figure
# corrected, 312 to 321 (Alex's and Sam's statistic on it wait for review, Alex's link with it too)
awk -v fix="Correction: an earlier version of this article gave the wrong number of corroded cables." '
  BEGIN { RS = "" }
  { p[NR] = $0 }
  /^The bridge carries/ { traffic = NR }
  END {
    n = 0
    for (i = 1; i <= NR; i++) {
      if (i == traffic) continue
      if (p[i] ~ /^Council engineers found/) out[++n] = p[traffic]
      out[++n] = p[i]
      if (i == 2) out[++n] = fix
    }
    for (i = 1; i <= n; i++) { s = out[i]; sub(/312 of the bridge/, "321 of the bridge", s); printf "%s%s", s, (i < n ? "\n\n" : "\n") }
  }' "$ROOT/resources/samples/harbour-bridge-budget.txt" >"$CORRECTED"

# a home of its own again: the light theme and the default window (not the study's widths); GTK's
# file chooser remembers the files chosen in XDG_DATA_HOME (recently-used.xbel): a folder of ours,
# not the user's
APP_HOME="$NM_HOME/exchange-home"
mkdir -p "$APP_HOME" "$NM_HOME/xdg-data"

# 11g1. File › Import from Other Tools… (the File menu, with the mouse) of sample.qdpx into Robin's
#       project of one article: the dialog says what came in
if [ -f "$QDPX" ] && [ -f "$PORT" ]; then
  XDG_DATA_HOME="$NM_HOME/xdg-data" start_app Robin 1 "$PORT"
  wait_drawn
  click_at 25 18     # File
  sleep 0.8
  click_at 100 542   # Import from Other Tools…
  if choose_file "Import from another tool" "$QDPX" && alert_shown; then
    shot import-other-tools
    key Return
    sleep 0.5
  else
    SKIPPED+=("docs/images/import-other-tools.png (no file chooser or no report of the import)")
  fi
  key ctrl+q
  for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
  APP_PID=
else
  SKIPPED+=("docs/images/import-other-tools.png (no .qdpx of the sample or no project to import it into; see cli.log)")
fi

# 11g2. File › Import New Version of This Article… (Ctrl+Shift+U) on the sample's bridge article,
#       as Alex: the plan (kept, moved, to review); then Import New Version (Tab from Cancel, which
#       has the focus), and the review list opens by itself beside the article (else File › Review
#       Tags Not Carried Over…); the second row chosen selects its likely text, Alt+P places it there
#       and the next row's text is selected
XDG_DATA_HOME="$NM_HOME/xdg-data" start_app Alex 1 "$SAMPLE"
wait_drawn
click_at 100 290   # the bridge article, the first row
sleep 0.5
click_at 100 290
key ctrl+shift+u
if choose_file "^New version of" "$CORRECTED" && alert_shown; then
  shot new-version-plan
  key Tab space
  review=$(window_named "Tags to Review") || {
    click_at 25 18     # File
    sleep 0.8
    click_at 100 318   # Review Tags Not Carried Over…
    review=$(window_named "Tags to Review")
  } || true
  if [ -n "$review" ]; then
    xdotool windowfocus --sync "$review" 2>/dev/null || true
    xdotool key --delay 60 Down
    sleep 0.8
    xdotool key --delay 60 alt+p
    sleep 1
    shot review-list
    xdotool key --delay 60 Escape
    sleep 0.5
  else
    SKIPPED+=("docs/images/review-list.png (no Tags to Review window)")
  fi
else
  SKIPPED+=("docs/images/new-version-plan.png, review-list.png (no file chooser or no plan)")
fi

# 12. team projects (docs/team.md): two windows as two analysts on one server, then the server gone
if [ -f target/test-classes/org/newsmark/team/TeamDemoServer.class ]; then
  key ctrl+q
  for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
  if "$ROOT/docs/screenshots/make-team-screenshots.sh" --no-build | sed -n 's/^  docs/docs/p' >"$NM_HOME/team-shots"; then
    while read -r t; do TAKEN+=("$t"); done <"$NM_HOME/team-shots"
  else
    SKIPPED+=("docs/images/team-*.png (make-team-screenshots.sh failed)")
  fi
else
  SKIPPED+=("docs/images/team-*.png (no test classes: the team server is a test class)")
fi

echo "Screenshots taken:"
printf '  %s\n' "${TAKEN[@]}"
if [ ${#SKIPPED[@]} -gt 0 ]; then
  echo "Skipped:"
  printf '  %s\n' "${SKIPPED[@]}"
fi
