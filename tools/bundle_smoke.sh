#!/usr/bin/env bash
# Smoke test of a built bundle: runs the frozen executable, never the source.
#
#     tools/bundle_smoke.sh dist/contest_app-0.1.0
#
# Works in a scratch folder with its own data folder and settings, with no display
# (QT_QPA_PLATFORM=offscreen). Checks: --version and --help; the translations, fonts and migration
# scripts found inside the bundle in all six languages; a batch job on a demo database (contest,
# region, entries, report, template, an import of a Windows zip); the jury, awards, certificates,
# tour, catalogue, labels, backup and restore commands, when the bundle has them, with every PDF's
# fonts embedded (/FontFile2, the bundled faces' names, pdffonts when installed); an old database
# migrated after a backup; a newer one refused (exit 3, untouched); the first-run question of the
# GUI and the About dialog's version.
# Ends with one line "N passed, M failed"; exits 1 when anything failed.
# SMOKE_KEEP=1 keeps the scratch folder; SMOKE_DEMO_GUI=0 skips building the full demo from the
# first-run question (about 30 s).
set -uo pipefail

DIST=$(cd "${1:?usage: tools/bundle_smoke.sh DIST_DIR}" && pwd) || exit 2
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
EXE=$DIST/contest_app
[ -x "$EXE" ] || EXE=$DIST/contest_app.exe
if [ ! -x "$EXE" ]; then
    echo "bundle_smoke: no executable contest_app in $DIST" >&2
    exit 2
fi
VERSION=${DIST##*/contest_app-}
PY=$(command -v python3) || { echo "bundle_smoke: python3 (the system's) is needed to read JSON" >&2; exit 2; }

WORK=$(mktemp -d /tmp/contest-smoke.XXXXXX)
cleanup() { if [ "${SMOKE_KEEP:-0}" = 1 ]; then echo "kept: $WORK"; else rm -rf "$WORK"; fi; }
trap cleanup EXIT
cd "$WORK" || exit 2  # nothing may be found through the working folder
mkdir -p out
unset CONTEST_APP_DB CONTEST_APP_MEDIA PYTHONPATH PYTHONHOME
export CONTEST_APP_DATA=$WORK/data XDG_CONFIG_HOME=$WORK/config HOME=$WORK/home
export QT_QPA_PLATFORM=offscreen PYTHONNOUSERSITE=1
mkdir -p "$HOME"
DEMO="sqlite:///$WORK/demo.sqlite"

PASSED=0
FAILED=0
ok() { PASSED=$((PASSED + 1)); echo "ok   $*"; }
bad() { FAILED=$((FAILED + 1)); echo "FAIL $*"; }
check() {  # check "what" COMMAND...: ok when the command succeeds
    local what=$1
    shift
    if "$@"; then ok "$what"; else bad "$what"; fi
}

N=0
# app NAME EXPECTED_EXIT ARGS...: runs the bundle; stdout in out/NAME.out, stderr in out/NAME.err
app() {
    local name=$1 want=$2 rc
    shift 2
    N=$((N + 1))
    timeout -k 10 300 "$EXE" "$@" >"out/$name.out" 2>"out/$name.err" </dev/null
    rc=$?
    if [ "$rc" -eq "$want" ]; then
        ok "$name: contest-app $* (exit $rc)"
        return 0
    fi
    bad "$name: contest-app $* exited $rc, expected $want"
    sed -n '1,15p' "out/$name.err" | sed 's/^/     | /'
    return 1
}
has_command() { grep -qE "^    $1( |\$)" out/help.out; }
json() {  # json FILE PYTHON-EXPR-ON-d: the expression must be true
    "$PY" -c 'import json, sys; d = json.load(open(sys.argv[1], encoding="utf-8")); sys.exit(0 if eval(sys.argv[2]) else 1)' "$1" "$2"
}
# pdf_fonts FILE [FACE...]: a PDF whose every font is embedded (TrueType, /FontFile2), naming FACEs
pdf_fonts() {
    local pdf=$1 face descriptors embedded
    shift
    if ! head -c 5 "$pdf" | grep -q '%PDF-'; then echo "     | $pdf is not a PDF"; return 1; fi
    descriptors=$(grep -a -o '/Type /FontDescriptor' "$pdf" | wc -l)
    embedded=$(grep -a -o '/FontFile2' "$pdf" | wc -l)
    if [ "$embedded" -eq 0 ] || [ "$embedded" -lt "$descriptors" ]; then
        echo "     | $pdf: $embedded of $descriptors fonts embedded as /FontFile2"
        return 1
    fi
    if grep -a -q -E '/BaseFont /(Helvetica|Times|Courier|Symbol|ZapfDingbats)' "$pdf"; then
        echo "     | $pdf uses a standard PDF font, which is never embedded"
        return 1
    fi
    for face in "$@"; do
        if ! grep -a -q -E "/FontName /[A-Z]{6}\\+$face" "$pdf"; then
            echo "     | $pdf: no embedded $face"
            return 1
        fi
    done
    if command -v pdffonts >/dev/null && pdffonts "$pdf" 2>/dev/null | awk 'NR > 2 && $(NF-4) != "yes" {bad = 1} END {exit bad}'; then
        :
    elif command -v pdffonts >/dev/null; then
        echo "     | pdffonts: a font of $pdf is not embedded"
        return 1
    fi
}

echo "bundle: $DIST ($(du -sh "$DIST" | cut -f1)), scratch: $WORK"

# --- the executable itself --------------------------------------------------------------------
app version 0 --version && check "--version says contest-app $VERSION" \
    grep -qx "contest-app $VERSION" out/version.out
app help 0 --help
COMMANDS=$(sed -n 's/^    \([a-z][a-z-]*\)\( .*\)\{0,1\}$/\1/p' out/help.out | tr '\n' ' ')
echo "     commands in this bundle: $COMMANDS"

# --- translations, fonts, migrations found inside the bundle (no display, QCoreApplication) ---
for lang in en ko zh ja ru mn; do
    if app "selftest-$lang" 0 selftest --lang "$lang"; then
        check "selftest $lang runs frozen from the bundle" \
            grep -qF "(frozen: $DIST" "out/selftest-$lang.out"
    fi
done
grep -h "^ok   [a-z][a-z]: " out/selftest-*.out | sed 's/^ok  /    /'

# --- a headless batch job on a demo database --------------------------------------------------
app demo 0 --db "$DEMO" demo --entries 40 --no-gui
CONTEST=$(tail -n 1 out/demo.out)
check "demo prints the contest id" test "$CONTEST" = 1
app contest-list 0 --db "$DEMO" contest list --json &&
    check "contest list --json: the 12th edition" json out/contest-list.out 'd[0]["edition"] == 12'
app region-list 0 --db "$DEMO" region list --json &&
    check "region list --json: the reference data (>= 39 regions)" json out/region-list.out 'len(d) >= 39'
app db-info 0 --db "$DEMO" db info --json &&
    check "db info: schema is this version's" json out/db-info.out 'd["schema"] == d["app_schema"]'
if has_command entries; then
    app entries 0 --db "$DEMO" entries list --contest "$CONTEST" --json &&
        check "entries list: 40 works" json out/entries.out 'len(d) == 40'
fi
if has_command report; then
    app report 0 --db "$DEMO" report summary --contest "$CONTEST" --json
fi
if has_command template; then
    app template 0 --db "$DEMO" template --region KR-47 "$WORK/out/template-KR-47.xlsx" &&
        check "template: an .xlsx workbook" grep -q "^PK" <(head -c 2 out/template-KR-47.xlsx)
fi
if has_command import; then
    IMPORT="sqlite:///$WORK/import.sqlite"
    app import-contest 0 --db "$IMPORT" contest create --edition 13 --year 2025 \
        --theme "Smoke test" --deadline 2025-09-13
    app import 0 --db "$IMPORT" import --contest 1 --region JP-16 \
        "$ROOT/tests/data/intake/windows_cp932.zip" --json &&
        check "import of a Windows (cp932) zip: 3 works with images" \
            json out/import.out 'd["created"] == 3 and d["errors"] == 0'
fi

# --- jury, awards, certificates, tour: whichever this bundle has ------------------------------
if has_command jury; then
    for juror in Kim Wang Ivanova; do
        app "juror-$juror" 0 --db "$DEMO" jury add-juror --contest "$CONTEST" --name "$juror"
    done
    app jury-round 0 --db "$DEMO" jury add-round --contest "$CONTEST" --seed 1
    app score-sheet 0 --db "$DEMO" jury score-sheet --contest "$CONTEST" --juror Kim \
        "$WORK/out/score-sheet-kim.pdf" &&
        check "score sheet PDF embeds Noto Sans" pdf_fonts out/score-sheet-kim.pdf NotoSans
    # typed-up paper scores for every work, every juror: a strict order, so awards can be given
    "$PY" - out/entries.out "$WORK/out/scores.csv" <<'EOF'
import csv, json, sys
works = [w for w in json.load(open(sys.argv[1], encoding="utf-8")) if w["status"] == "eligible"]
with open(sys.argv[2], "w", newline="", encoding="utf-8") as f:
    out = csv.writer(f)
    out.writerow(["code", "juror", "theme", "creativity", "composition", "technique", "comment"])
    for j, juror in enumerate(["Kim", "Wang", "Ivanova"]):
        for i, w in enumerate(works):
            score = max(1.0, 10.0 - 0.2 * i - 0.5 * j)
            out.writerow([w["anon_code"], juror, score, score, score, score, ""])
EOF
    app import-scores 0 --db "$DEMO" jury import-scores --contest "$CONTEST" "$WORK/out/scores.csv"
    app close-round 0 --db "$DEMO" jury close-round --contest "$CONTEST"
fi
if has_command awards; then
    app awards-propose 0 --db "$DEMO" awards propose --contest "$CONTEST"
    app awards-provisional 0 --db "$DEMO" awards provisional --contest "$CONTEST"
    app awards-finalize 0 --db "$DEMO" awards finalize --contest "$CONTEST" --reason "smoke test"
    app awards-list 0 --db "$DEMO" awards list --contest "$CONTEST" --json &&
        check "awards list: a grand prize" json out/awards-list.out \
            'any(r["tier"] == "grand" for r in d)'
    app awards-export 0 --db "$DEMO" awards export --contest "$CONTEST" \
        "$WORK/out/results.xlsx" --pdf "$WORK/out/results.pdf" &&
        check "results PDF embeds its fonts" pdf_fonts out/results.pdf
fi
if has_command certificates; then
    app certificates 0 --db "$DEMO" certificates --contest "$CONTEST" --out "$WORK/out/certificates"
    count=$(find out/certificates -name '*.pdf' | wc -l)
    check "certificates: $count PDFs, one per region" test "$count" -ge 30
    for pdf in out/certificates/*-KR-*.pdf out/certificates/*-CN-*.pdf out/certificates/*-JP-*.pdf; do
        [ -e "$pdf" ] || continue
        check "$(basename "$pdf") embeds Noto Serif, Noto Sans and WenQuanYi Micro Hei" \
            pdf_fonts "$pdf" NotoSerif NotoSans WenQuanYiMicroHei
        break
    done
    for pdf in out/certificates/*-MN-*.pdf out/certificates/*-RU-*.pdf; do
        [ -e "$pdf" ] || continue
        check "$(basename "$pdf") embeds Noto Serif and Noto Sans (Cyrillic, Ө Ү)" \
            pdf_fonts "$pdf" NotoSerif NotoSans
        break
    done
    all_ok=1
    for pdf in out/certificates/*.pdf; do pdf_fonts "$pdf" || all_ok=0; done
    check "every certificate PDF embeds all its fonts" test "$all_ok" = 1
fi
if has_command tour; then
    app tour-create 0 --db "$DEMO" tour create --name "Smoke tour" --editions 12
    TOUR=$(tail -n 1 out/tour-create.out)
    app tour-works 0 --db "$DEMO" tour add-works --tour "$TOUR"
    app tour-venue 0 --db "$DEMO" tour add-venue --tour "$TOUR" --name "City Hall" --city Pohang \
        --language ko
    VENUE=$(tail -n 1 out/tour-venue.out)
    if has_command catalogue; then
        app catalogue 0 --db "$DEMO" catalogue --tour "$TOUR" --lang ko "$WORK/out/catalogue.pdf" &&
            check "catalogue PDF embeds its fonts (with Hangul)" \
                pdf_fonts out/catalogue.pdf WenQuanYiMicroHei
    fi
    if has_command labels; then
        app labels 0 --db "$DEMO" labels --tour "$TOUR" --venue "$VENUE" "$WORK/out/labels.pdf" &&
            check "labels PDF embeds its fonts" pdf_fonts out/labels.pdf
    fi
fi

if has_command backup; then
    app backup 0 --db "$DEMO" backup "$WORK/out/backup.zip" &&
        check "backup: a .zip of the database and its images" \
            grep -q "^PK" <(head -c 2 out/backup.zip)
    if has_command restore; then
        app restore 0 --db "$DEMO" restore "$WORK/out/backup.zip"
        app restored 0 --db "$DEMO" entries list --contest "$CONTEST" --json &&
            check "restored: the 40 works are back" json out/restored.out 'len(d) == 40'
    fi
fi

# --- databases from other versions ------------------------------------------------------------
cp "$ROOT/tests/data/schemas/schema_0001.sqlite" "$WORK/old.sqlite"
if app db-upgrade 0 --db "sqlite:///$WORK/old.sqlite" db upgrade; then
    backup=$(sed -n 's/^Backup: //p' out/db-upgrade.out)
    check "an old database is backed up before migrating ($backup)" test -s "$backup"
    app db-upgraded 0 --db "sqlite:///$WORK/old.sqlite" db info --json &&
        check "the old database now has this version's schema" \
            json out/db-upgraded.out 'd["schema"] == d["app_schema"]'
    app old-contests 0 --db "sqlite:///$WORK/old.sqlite" contest list --json
fi
cp "$WORK/demo.sqlite" "$WORK/newer.sqlite"
"$PY" -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("PRAGMA journal_mode=DELETE"); c.execute("UPDATE alembic_version SET version_num = ?", ("9999_from_the_future",)); c.commit()' "$WORK/newer.sqlite"
before=$(sha256sum "$WORK/newer.sqlite" | cut -d' ' -f1)
if app newer-open 3 --db "sqlite:///$WORK/newer.sqlite" contest list; then
    check "a newer database is explained: $(head -c 160 out/newer-open.err)" \
        grep -q "newer version" out/newer-open.err
fi
check "a newer database is left untouched" \
    test "$(sha256sum "$WORK/newer.sqlite" | cut -d' ' -f1)" = "$before"
if app newer-upgrade 3 --db "sqlite:///$WORK/newer.sqlite" db upgrade &&
        [ "$(sha256sum "$WORK/newer.sqlite" | cut -d' ' -f1)" != "$before" ]; then
    echo "note db upgrade refused the newer database but changed its file (journal mode)"
fi

# --- the GUI from the bundle: first run with no database yet, and the demo --------------------
if app first-run 0 --db "sqlite:///$WORK/first.sqlite" selftest --lang ko --first-run later; then
    sed -n 's/^ok   first run offers: /     first run offers: /p' out/first-run.out
fi
app gui-demo-db 0 --db "$DEMO" selftest --first-run later &&
    check "the main window opens on the demo" grep -q "main window opened on contest" out/gui-demo-db.out
if [ "${SMOKE_DEMO_GUI:-1}" = 1 ]; then
    app first-run-demo 0 --db "sqlite:///$WORK/first-demo.sqlite" selftest --first-run demo &&
        check "first run: Open the demo builds it and shows it" \
            grep -q "^ok   the demo opened" out/first-run-demo.out
fi

echo
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
