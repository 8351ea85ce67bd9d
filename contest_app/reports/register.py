"""The certificate register as a spreadsheet, and an offline verification page.

Register (.xlsx, for staff): every row of the register, reissues included, with the file each
certificate went into and that file's SHA-256. Cells that a spreadsheet could run as a formula
are neutralised (core.intake.reports.safe_text: leading apostrophe, string cell).

Verification page (.html, for anyone): one self-contained file that checks a code offline. It
holds no code in clear: each entry is keyed by SHA-256("NEAR-cert-v1:" + code), and the page
hashes what the visitor types. An entry shows only what the certificate itself shows and less:
serial, kind and tier, edition, year, issue date and the holder's initials, never a full name,
school or birth date. Someone holding the page therefore cannot list valid codes, and a leaked
page tells nobody who took part.
"""

from __future__ import annotations

import hashlib
import html
import json
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from sqlalchemy.orm import Session

from contest_app.core.certificates.plan import contest_info
from contest_app.core.certificates.register import RegisterRow, register_rows
from contest_app.core.certificates.texts import TITLES
from contest_app.core.defaults import TIER_NAMES
from contest_app.core.intake.reports import safe_text

HASH_PREFIX = "NEAR-cert-v1:"
HEADERS = ("Serial", "Verification code", "Kind", "Tier", "Student", "Name (Latin)", "Region",
           "School", "Work no.", "Work title", "Languages", "Issued", "Reissue", "File",
           "File SHA-256")
WIDTHS = (18, 14, 13, 14, 20, 22, 9, 28, 10, 30, 9, 17, 8, 30, 66)


def code_hash(code: str) -> str:
    return hashlib.sha256((HASH_PREFIX + code).encode("ascii")).hexdigest()


def export_register(session: Session, contest_id: int, path: Path) -> int:
    """Write the register to path (.xlsx); returns the number of rows."""
    from contest_app.core.certificates.register import format_code

    rows = register_rows(session, contest_id)
    book = Workbook()
    sheet = book.active
    sheet.title = "Register"
    sheet.append(list(HEADERS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        values = (row.serial, format_code(row.code), row.kind, row.tier_key, row.name,
                  row.name_latin, row.region_code, row.school, row.entry_no, row.title,
                  row.language, row.issued_at.strftime("%Y-%m-%d %H:%M"),
                  "yes" if row.reissue else "", row.file_name, row.file_sha256)
        sheet.append([safe_text(v) for v in values])
        for cell in sheet[sheet.max_row]:
            cell.data_type = "s"  # never a formula, whatever a region typed as a title
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return len(rows)


def initials(row: RegisterRow) -> str:
    """"Kim Ji Yoo" -> "K. J. Y."; a name with no Latin form gives its first characters."""
    words = (row.name_latin or row.name).replace("-", " ").split()
    return " ".join(f"{word[0].upper()}." for word in words if word)


def verification_records(session: Session, contest_id: int) -> dict[str, dict[str, object]]:
    contest = contest_info(session, contest_id)
    records: dict[str, dict[str, object]] = {}
    for row in register_rows(session, contest_id):
        key = code_hash(row.code)
        if key in records:  # a reissue: same code, one more paper
            records[key]["r"] = int(records[key].get("r", 0)) + 1  # type: ignore[call-overload]
            continue
        kind = TITLES.get(row.kind, {}).get("en", row.kind)
        tier = TIER_NAMES.get(row.tier_key, {}).get("en", row.tier_key) if row.tier_key else ""
        records[key] = {"s": row.serial, "k": kind, "t": tier, "i": initials(row),
                        "e": contest.titles.get("en", ""), "y": contest.year,
                        "d": row.issued_at.date().isoformat()}
    return records


def export_verification_html(session: Session, contest_id: int, path: Path) -> int:
    """Write the self-contained verification page; returns how many codes it can check."""
    contest = contest_info(session, contest_id)
    records = verification_records(session, contest_id)
    data = json.dumps(records, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    page = _PAGE.replace("%TITLE%", html.escape(contest.titles.get("en", "NEAR")))
    page = page.replace("%PREFIX%", HASH_PREFIX).replace("%DATA%", data.replace("</", "<\\/"))
    page = page.replace("%SHA256%", _SHA256_JS)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return len(records)


# Plain JavaScript SHA-256: crypto.subtle is missing on pages opened from a file in some browsers.
_SHA256_JS = r"""
function sha256hex(text){var K=[0x428a2f98,0x71374491,0xb5c0fbcf,0xe9b5dba5,0x3956c25b,0x59f111f1,
0x923f82a4,0xab1c5ed5,0xd807aa98,0x12835b01,0x243185be,0x550c7dc3,0x72be5d74,0x80deb1fe,0x9bdc06a7,
0xc19bf174,0xe49b69c1,0xefbe4786,0x0fc19dc6,0x240ca1cc,0x2de92c6f,0x4a7484aa,0x5cb0a9dc,0x76f988da,
0x983e5152,0xa831c66d,0xb00327c8,0xbf597fc7,0xc6e00bf3,0xd5a79147,0x06ca6351,0x14292967,0x27b70a85,
0x2e1b2138,0x4d2c6dfc,0x53380d13,0x650a7354,0x766a0abb,0x81c2c92e,0x92722c85,0xa2bfe8a1,0xa81a664b,
0xc24b8b70,0xc76c51a3,0xd192e819,0xd6990624,0xf40e3585,0x106aa070,0x19a4c116,0x1e376c08,0x2748774c,
0x34b0bcb5,0x391c0cb3,0x4ed8aa4a,0x5b9cca4f,0x682e6ff3,0x748f82ee,0x78a5636f,0x84c87814,0x8cc70208,
0x90befffa,0xa4506ceb,0xbef9a3f7,0xc67178f2];
var H=[0x6a09e667,0xbb67ae85,0x3c6ef372,0xa54ff53a,0x510e527f,0x9b05688c,0x1f83d9ab,0x5be0cd19];
var bytes=[];for(var i=0;i<text.length;i++){bytes.push(text.charCodeAt(i)&255);}
var bitLen=bytes.length*8;bytes.push(0x80);while(bytes.length%64!==56){bytes.push(0);}
for(i=7;i>=0;i--){bytes.push(i>3?0:(bitLen>>>(i*8))&255);}
function r(x,n){return (x>>>n)|(x<<(32-n));}
var W=new Array(64);for(var off=0;off<bytes.length;off+=64){
for(i=0;i<16;i++){W[i]=(bytes[off+4*i]<<24)|(bytes[off+4*i+1]<<16)|(bytes[off+4*i+2]<<8)|bytes[off+4*i+3];}
for(i=16;i<64;i++){var s0=r(W[i-15],7)^r(W[i-15],18)^(W[i-15]>>>3);var s1=r(W[i-2],17)^r(W[i-2],19)^(W[i-2]>>>10);
W[i]=(W[i-16]+s0+W[i-7]+s1)|0;}
var a=H[0],b=H[1],c=H[2],d=H[3],e=H[4],f=H[5],g=H[6],h=H[7];
for(i=0;i<64;i++){var S1=r(e,6)^r(e,11)^r(e,25);var ch=(e&f)^(~e&g);var t1=(h+S1+ch+K[i]+W[i])|0;
var S0=r(a,2)^r(a,13)^r(a,22);var mj=(a&b)^(a&c)^(b&c);var t2=(S0+mj)|0;
h=g;g=f;f=e;e=(d+t1)|0;d=c;c=b;b=a;a=(t1+t2)|0;}
H[0]=(H[0]+a)|0;H[1]=(H[1]+b)|0;H[2]=(H[2]+c)|0;H[3]=(H[3]+d)|0;H[4]=(H[4]+e)|0;H[5]=(H[5]+f)|0;
H[6]=(H[6]+g)|0;H[7]=(H[7]+h)|0;}
var out="";for(i=0;i<8;i++){out+=("00000000"+(H[i]>>>0).toString(16)).slice(-8);}return out;}
"""

_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Certificate verification - %TITLE%</title>
<style>
body{font-family:system-ui,sans-serif;max-width:40em;margin:3em auto;padding:0 1em;color:#1e1e1e}
h1{font-size:1.4em;color:#1f3a5f} input{font-size:1.3em;padding:.3em;width:12em;
letter-spacing:.1em;text-transform:uppercase} button{font-size:1.1em;padding:.35em 1em}
#result{margin-top:1.5em;padding:1em;border-radius:6px;display:none}
.ok{background:#e8f4ec;border:1px solid #7bb38c}.bad{background:#fbeaea;border:1px solid #d08a8a}
dt{font-weight:600;float:left;width:9em} dd{margin:0 0 .3em 9em} small{color:#666}
</style></head><body>
<h1>Certificate verification</h1>
<p>%TITLE%. Type the verification code printed under the QR code of a certificate
(ten letters and digits; hyphens and case do not matter).</p>
<form id="f"><input id="code" autocomplete="off" maxlength="16" placeholder="XXXXX-XXXXX">
<button>Check</button></form>
<div id="result"></div>
<p><small>This page works offline and holds no codes, only their fingerprints (SHA-256);
it shows the holder's initials, never a full name.</small></p>
<script>
var PREFIX="%PREFIX%";var DATA=%DATA%;
%SHA256%
function norm(t){t=t.toUpperCase().replace(/[^0-9A-Z]/g,"");
return t.replace(/O/g,"0").replace(/[IL]/g,"1").replace(/U/g,"V");}
function esc(t){return String(t).replace(/[&<>"]/g,function(c){return "&#"+c.charCodeAt(0)+";";});}
document.getElementById("f").addEventListener("submit",function(ev){ev.preventDefault();
var code=norm(document.getElementById("code").value);var box=document.getElementById("result");
var rec=code.length===10?DATA[sha256hex(PREFIX+code)]:null;box.style.display="block";
if(!rec){box.className="bad";box.innerHTML="<b>No certificate has this code.</b> Check the code "+
"and try again; if it still fails, the certificate is not one the secretariat issued.";return;}
box.className="ok";box.innerHTML="<b>Valid certificate.</b><dl><dt>Serial</dt><dd>"+esc(rec.s)+
"</dd><dt>Certificate</dt><dd>"+esc(rec.k)+(rec.t?" - "+esc(rec.t):"")+"</dd><dt>Contest</dt><dd>"+
esc(rec.e)+" ("+esc(rec.y)+")</dd><dt>Holder</dt><dd>"+esc(rec.i)+"</dd><dt>Issued</dt><dd>"+
esc(rec.d)+(rec.r?" (reissued "+esc(rec.r)+"x)":"")+"</dd></dl>";});
</script></body></html>
"""
