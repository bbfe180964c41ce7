"""A static review of a folder of records: an index of articles, and one page per article with its text,
every span highlighted by field, and the events, people, bodies, agreements and focus areas as tables
that link to their spans.

The pages are self-contained (no network at view time) and treat the article as untrusted: every piece
of text is escaped, and a Content-Security-Policy lets only the page's own filter script run.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from html import escape
from pathlib import Path
from urllib.parse import quote

from ..models import Article, Span
from .records import read_records

FIELDS = {  # field: (legend, colour)
    "dates": ("dates", "#ffe08a"),
    "participants": ("people", "#9fd8ff"),
    "organizations": ("organisations", "#b9f0b0"),
    "focus_areas": ("focus areas", "#f4c2ff"),
    "events": ("events", "#ff9a5c"),
    "agreements": ("agreements", "#8a7dff"),
    "warnings": ("warnings", "#e03030"),
}
LINED_FIELDS = ("events", "agreements", "warnings")
"""Fields drawn as lines (events and agreements are whole sentences), so the names inside stay visible."""

FILTER_SCRIPT = """
document.getElementById('filter').addEventListener('input', function (e) {
  var q = e.target.value.toLowerCase();
  document.querySelectorAll('tbody tr').forEach(function (row) {
    row.hidden = q !== '' && row.textContent.toLowerCase().indexOf(q) < 0;
  });
});
"""


@dataclass(frozen=True)
class Marked:
    """One highlighted span of the page: ``s<n>`` is its anchor."""

    id: str
    field: str
    span: Span


def review(out_dir: Path, dest: Path) -> Path:
    """Write ``dest/index.html`` and ``dest/<id>.html`` for every record of ``out_dir``; the index's path."""
    dest.mkdir(parents=True, exist_ok=True)
    articles = list(read_records(out_dir))
    for article in articles:
        (dest / page_name(article.id)).write_text(article_page(article), encoding="utf-8")
    index = dest / "index.html"
    index.write_text(index_page(articles), encoding="utf-8")
    return index


def page_name(article_id: str) -> str:
    return f"{article_id}.html"


def marked_spans(article: Article) -> list[Marked]:
    """Every span the page highlights, numbered in field order then text order."""
    spans = [
        *(("dates", d.span) for d in article.dates),
        *(("participants", s) for p in article.participants for s in p.mentions),
        *(("organizations", s) for o in article.organizations for s in o.mentions),
        *(("focus_areas", f.span) for f in article.focus_areas),
        *(("events", e.span) for e in article.events),
        *(("agreements", a.span) for a in article.agreements),
        *(("warnings", w.span) for w in article.warning_records if w.span),
    ]
    return [Marked(f"s{at}", field, span) for at, (field, span) in enumerate(spans, 1)]


# --- the article page -------------------------------------------------------------------------------------


def article_page(article: Article) -> str:
    marked = marked_spans(article)
    anchor = {(m.field, m.span.start, m.span.end): m.id for m in marked}

    def link(field: str, span: Span) -> str:
        return f'<a href="#{anchor[(field, span.start, span.end)]}">{span.start}–{span.end}</a>'

    body = [
        f"<p><a href=\"index.html\">← all articles</a></p><h1>{_e(article.title or article.id)}</h1>",
        _facts(article), _legend(), f'<div class="text">{highlighted(article.text, marked)}</div>',
        _events(article, link), _people(article, link), _organizations(article, link),
        _agreements(article, link), _focus(article, link), _dates(article, link),
    ]
    return _page(article.title or article.id, "\n".join(body), script="")


def highlighted(text: str, marked: list[Marked]) -> str:
    """``text`` escaped, cut at every span boundary; each piece lists the spans that cover it.

    An empty ``<a id>`` marks where each span starts, so spans may overlap and nest freely.
    """
    cuts = sorted({0, len(text), *(m.span.start for m in marked), *(m.span.end for m in marked)})
    starts: dict[int, list[str]] = {}
    for m in marked:
        starts.setdefault(m.span.start, []).append(m.id)
    out = []
    for a, b in zip(cuts, cuts[1:]):
        out.extend(f'<a id="{sid}"></a>' for sid in starts.get(a, []))
        covering = [m for m in marked if m.span.start <= a and b <= m.span.end]
        out.append(_piece(text[a:b], covering))
    return "".join(out)


def _piece(text: str, covering: list[Marked]) -> str:
    if not covering:
        return _e(text)
    fields = sorted({m.field for m in covering}, key=list(FIELDS).index)
    classes = " ".join(f"f-{f}" for f in fields)
    ids = " ".join(m.id for m in covering)
    return f'<span class="hl {classes}" data-spans="{ids}" title="{_e(", ".join(fields))}">{_e(text)}</span>'


def _facts(article: Article) -> str:
    rows = [("id", article.id), ("source", f"{article.source.path} ({article.source.encoding})"),
            ("published", article.published), ("section", article.section), ("author", article.author)]
    cells = "".join(f"<tr><th>{k}</th><td>{_e(v or '')}</td></tr>" for k, v in rows)
    notes = "".join(f"<li><code>{_e(w.code)}</code> {_e(w.message)}</li>" for w in article.warning_records)
    notes = notes or "".join(f"<li>{_e(w)}</li>" for w in article.warnings)
    return f'<table class="facts">{cells}</table>' + (f'<ul class="warnings">{notes}</ul>' if notes else "")


def _legend() -> str:
    keys = "".join(f'<span class="hl f-{f}">{name}</span> ' for f, (name, _) in FIELDS.items())
    return f'<p class="legend">{keys}</p>'


def _table(title: str, head: list[str], rows: list[list[str]]) -> str:
    """A table whose cells are already HTML."""
    if not rows:
        return f"<h2>{title}</h2><p>none</p>"
    th = "".join(f"<th>{h}</th>" for h in head)
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<h2>{title}</h2><table><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>"


def _names(names: list[str], ids: list) -> str:
    """Each name with its id (none for a name that is no one body)."""
    return "<br>".join(f"{_e(n)} <small>{_e(i or '')}</small>" for n, i in zip(names, ids or [None] * len(names)))


def _events(article: Article, link) -> str:
    rows = [[_e(e.id), _e(e.kind), _e(e.name or ""), _e(" ".join(filter(None, [e.date, e.part_of_day]))),
             _e(e.location or ""), _names(e.organizers, e.organizer_ids), _names(e.chairs, e.chair_ids),
             _names(e.participants, e.participant_ids),
             _e(f"{e.attendee_count.qualifier} {e.attendee_count.value}" if e.attendee_count else ""),
             link("events", e.span)] for e in article.events]
    return _table("Events", ["id", "kind", "name", "date", "location", "organisers", "chairs", "participants",
                             "attendees", "span"], rows)


def _people(article: Article, link) -> str:
    rows = [[_e(p.id), _e(p.name), _e(p.honorific or ""), _e(p.gender or ""),
             "<br>".join(_e(" · ".join(filter(None, [t.text, t.role, t.organization]))) for t in p.titles),
             " ".join(link("participants", s) for s in p.mentions)] for p in article.participants]
    return _table("People", ["id", "name", "honorific", "gender", "titles (text · role · body)", "mentions"], rows)


def _organizations(article: Article, link) -> str:
    rows = [[_e(o.id), _e(o.name), _e("; ".join(o.aliases)), " ".join(link("organizations", s) for s in o.mentions)]
            for o in article.organizations]
    return _table("Organisations", ["id", "name", "aliases", "mentions"], rows)


def _agreements(article: Article, link) -> str:
    rows = [[_e(a.id), _e(a.kind), _e(a.name or ""), _names(a.parties, a.party_ids),
             _names(a.signatories, a.signatory_ids), _e(a.signed_on or ""),
             _e(f"{a.period.start}–{a.period.end}" if a.period else ""), link("agreements", a.span)]
            for a in article.agreements]
    return _table("Agreements", ["id", "kind", "name", "parties", "signatories", "signed", "period", "span"], rows)


def _focus(article: Article, link) -> str:
    rows = [[_e(f.label), _e(f.text), link("focus_areas", f.span)] for f in article.focus_areas]
    return _table("Focus areas", ["label", "phrase", "span"], rows)


def _dates(article: Article, link) -> str:
    rows = [[_e(d.span.text), _e(d.value), _e(d.end_value or ""), _e(d.precision), _e(d.part_of_day or ""),
             link("dates", d.span)] for d in article.dates]
    return _table("Dates", ["as written", "value", "end", "precision", "part of day", "span"], rows)


# --- the index --------------------------------------------------------------------------------------------


def index_page(articles: list[Article]) -> str:
    head = ["article", "title", "published", "dates", "events", "people", "organisations", "agreements",
            "focus areas", "warnings"]
    rows = [[f'<a href="{_e(quote(page_name(a.id)))}">{_e(a.id)}</a>', _e(a.title or ""), _e(a.published or ""),
             *(str(n) for n in (len(a.dates), len(a.events), len(a.participants), len(a.organizations),
                                len(a.agreements), len(a.focus_areas), len(a.warnings)))] for a in articles]
    filter_box = '<p><input id="filter" type="search" placeholder="filter rows" autofocus></p>'
    body = f"<h1>{len(articles)} articles</h1>{filter_box}" + _table("Articles", head, rows)
    return _page("Extracted articles", body, script=FILTER_SCRIPT)


# --- the page frame ---------------------------------------------------------------------------------------


def _page(title: str, body: str, *, script: str) -> str:
    """A whole HTML page; ``script`` (ours, never the article's) is the only script allowed to run."""
    allowed = f"'sha256-{base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()}'" if script else "'none'"
    policy = f"default-src 'none'; style-src 'unsafe-inline'; script-src {allowed}"
    tag = f"<script>{script}</script>" if script else ""
    return (f'<!doctype html>\n<html lang="vi"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{_e(title)}</title><style>{_style()}</style></head>\n<body>\n{body}\n{tag}</body></html>\n")


def _style() -> str:
    colours = "".join(f".f-{f}{{background:{c}}}" for f, (_, c) in FIELDS.items() if f not in LINED_FIELDS)
    lines = (f".f-events{{border-bottom:3px solid {FIELDS['events'][1]}}}"
             f".f-agreements{{text-decoration:underline wavy {FIELDS['agreements'][1]}}}"
             f".f-warnings{{outline:2px dashed {FIELDS['warnings'][1]}}}")
    return ("body{font:15px/1.5 system-ui,sans-serif;margin:1.5em auto;max-width:75em;padding:0 1em}"
            ".text{white-space:pre-wrap;border:1px solid #ccc;padding:1em;background:#fdfdfd}"
            "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ddd;padding:.2em .5em;"
            "vertical-align:top;text-align:left}small{color:#777}.legend .hl{padding:0 .4em;margin-right:.3em}"
            "a:target::before{content:'▶';color:#c00}.warnings{color:#a40}td:nth-child(2){min-width:14em}"
            f"{lines}{colours}")


def _e(text: str) -> str:
    return escape(text, quote=True)
