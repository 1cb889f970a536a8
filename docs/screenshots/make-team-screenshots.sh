#!/usr/bin/env bash
# Makes the pictures of docs/team.md: a team server (TeamDemoServer: the tests' embedded PostgreSQL
# holding the sample project as "study", logins ana, ben, cleo), two Newsmark windows side by side
# as Ana and Ben, started on the server's address. Ana tags; Ben, showing Ana's tags, sees it
# without a reload (team-two-analysts.png). Then the server stops: both say NOT CONNECTED, and
# Ana's next tag is refused (team-connection-lost.png).
#
# Usage: docs/screenshots/make-team-screenshots.sh [--no-build]   (make-screenshots.sh runs it last)
# Needs: Xvfb, xdotool, ImageMagick, a JDK 17 and Maven (the test classpath, for the server).
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT="$(pwd)/docs/images"
mkdir -p "$OUT"

if [ "${1:-}" != "--no-build" ]; then
  mvn -B -q package -DskipTests ${MVN_OPTS:-}
fi

WORK="$(mktemp -d)"
DISP="${TEAM_SCREENSHOT_DISPLAY:-:11}"
PORT="${TEAM_DEMO_PORT:-5544}"
SERVER_PID=
APPS=()
cleanup() {
  for p in "${APPS[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
  [ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2>/dev/null || true
  sleep 1
  rm -rf "$WORK"
}
trap cleanup EXIT

mvn -B -q dependency:build-classpath -Dmdep.outputFile="$WORK/cp" -Dmdep.includeScope=test ${MVN_OPTS:-}
java -cp "target/test-classes:target/classes:$(cat "$WORK/cp")" org.newsmark.team.TeamDemoServer "$PORT" \
  >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 240); do grep -q READY "$WORK/server.log" && break; sleep 0.5; done
grep -q READY "$WORK/server.log" || { echo "The team server did not start:"; cat "$WORK/server.log"; exit 1; }

Xvfb "$DISP" -screen 0 1600x900x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
export DISPLAY="$DISP"
sleep 1

# Starts Newsmark as login $1 (analyst $2) and places its window at x=$3, 800×900; its window in WIN.
start_as() {
  java -Dnewsmark.home="$WORK/home-$1" -Dnewsmark.appcds=off -Dprism.order=sw -jar target/newsmark.jar \
    "postgresql://$1@localhost:$PORT/study" --analyst "$2" >>"$WORK/app-$1.log" 2>&1 &
  local pid=$!
  APPS+=("$pid")
  WIN=
  for _ in $(seq 1 90); do
    # the window of this app: titled with the project, and not the one already placed
    WIN=$(xdotool search --onlyvisible --name "study on localhost" 2>/dev/null | grep -vx "${ANA:-none}" | head -n 1 || true)
    [ -n "$WIN" ] && break
    sleep 0.5
  done
  [ -n "$WIN" ] || { echo "Newsmark as $1 did not open the team project; log:"; cat "$WORK/app-$1.log"; exit 1; }
  # the first window of that title can be a short-lived one: place the one that stays
  for _ in $(seq 1 10); do
    sleep 1
    WIN=$(xdotool search --onlyvisible --name "study on localhost" 2>/dev/null | grep -vx "${ANA:-none}" | head -n 1 || true)
    [ -n "$WIN" ] && xdotool windowsize "$WIN" 800 900 2>/dev/null && xdotool windowmove "$WIN" "$3" 0 2>/dev/null && break
  done
  sleep 1
}
on() { xdotool windowactivate --sync "$1" 2>/dev/null || xdotool windowfocus --sync "$1"; sleep 0.3; }
keys() { local w=$1; shift; on "$w"; xdotool key --delay 80 "$@"; sleep 0.6; }
shot() {
  sleep 1
  import -window root "$OUT/$1.png"
  echo "  docs/images/$1.png"
}

start_as ana Ana 0
ANA=$WIN
start_as ben Ben 800
BEN=$WIN

# Ben shows Ana's tags: Analyst › Show Tags of › Ana, by keyboard (Alt puts the focus on File; the
# analysts are listed by name: Alex, Ana, …)
keys "$BEN" alt+a
keys "$BEN" Right Right Right Down
keys "$BEN" Up Right
keys "$BEN" Down Return
sleep 1

# Ana double-clicks the article's first word of its first paragraph and tags it as a claim (1)
eval "$(xdotool getwindowgeometry --shell "$ANA")"
xdotool mousemove $((X + 60)) $((Y + 274)) click --repeat 2 --delay 80 1
sleep 0.5
keys "$ANA" 1
sleep 2   # Ben's window has it within a second; the rest is for the picture
echo "Screenshots taken:"
shot team-two-analysts

# the server goes away: both windows say so at once; Ana's next edit is refused, nothing shown as saved
kill "$SERVER_PID"
wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=
sleep 3
eval "$(xdotool getwindowgeometry --shell "$ANA")"
xdotool mousemove $((X + 60)) $((Y + 296)) click --repeat 2 --delay 80 1
sleep 0.5
keys "$ANA" 2
sleep 1
shot team-connection-lost
