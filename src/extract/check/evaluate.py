"""Score extracted records against hand-made gold files, field by field.

Gold files are ``<id>.gold.json`` in the format of the gold annotation guide
(a subset of the output contract). Names are compared after folding case,
tone placement ("hoà"/"hòa"), dashes and punctuation, and matched one to one
when they are similar enough (rapidfuzz); dates, kinds and labels must be
equal. Every gold file is scored; a missing output counts as nothing found.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from rapidfuzz.fuzz import ratio

_NEW_TONES = re.compile(r"([oOuU])([aeyAEY])([\u0300\u0301\u0303\u0309\u0323])")
F1_FIELDS = ("dates", "participants", "titles", "organizations", "events", "agreements", "focus_areas")
ACCURACY_FIELDS = ("metadata", "part_of_day", "gender")


def fold(s: object) -> str:
    """A comparable form of a name: NFC, old tone placement, case, dashes and punctuation folded.

    >>> fold("Sở Lao động-TB&XH") == fold("sở lao động – tb&xh")
    True
    >>> fold("Hoà Bình") == fold("Hòa Bình")
    True
    """
    text = unicodedata.normalize("NFD", "" if s is None else str(s))
    text = unicodedata.normalize("NFC", _NEW_TONES.sub(r"\1\3\2", text)).casefold()
    text = re.sub(r"\s*[-–—‐‑]\s*", " - ", text)
    return re.sub(r"[\s\"“”'‘’.,;:()]+", " ", text).strip()


def similar(a: object, b: object) -> float:
    return ratio(fold(a), fold(b)) / 100


@dataclass
class Count:
    gold: int = 0
    found: int = 0
    matched: int = 0

    def add(self, gold: int, found: int, matched: int) -> None:
        self.gold += gold
        self.found += found
        self.matched += matched

    def figures(self) -> dict[str, float]:
        p = self.matched / self.found if self.found else 1.0
        r = self.matched / self.gold if self.gold else 1.0
        return {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 3)}


def pair_up(gold: list, found: list, same: Callable[[object, object], float], threshold: float) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, found index), most similar first."""
    scored = sorted(((same(g, f), gi, fi) for gi, g in enumerate(gold) for fi, f in enumerate(found)), reverse=True)
    used_g, used_f, pairs = set(), set(), []
    for score, gi, fi in scored:
        if score >= threshold and gi not in used_g and fi not in used_f:
            used_g.add(gi)
            used_f.add(fi)
            pairs.append((gi, fi))
    return pairs


def _date_keys(dates: Iterable[dict]) -> set[tuple]:
    keys = set()
    for d in dates:
        value = str(d.get("value", ""))
        if value.startswith("--"):
            continue
        if d.get("end_value"):
            keys.add((value, str(d["end_value"])))
        elif len(value) == 10:
            keys.add((value, None))
    return keys


def _names(org: dict) -> list[str]:
    return [org.get("name")] + list(org.get("aliases") or [])


def _score_article(gold: dict, out: dict, counts: dict[str, Count]) -> None:
    g, f = _date_keys(gold.get("dates", [])), _date_keys(out.get("dates", []))
    counts["dates"].add(len(g), len(f), len(g & f))
    found_pod = {d.get("value"): d.get("part_of_day") for d in out.get("dates", [])}
    for d in gold.get("dates", []):
        if d.get("part_of_day"):
            counts["part_of_day"].add(1, 1, int(found_pod.get(d["value"]) == d["part_of_day"]))

    gp, fp = gold.get("participants", []), out.get("participants", [])
    pairs = pair_up(gp, fp, lambda a, b: similar(a["name"], b["name"]), 0.9)
    counts["participants"].add(len(gp), len(fp), len(pairs))
    paired_g, paired_f = {gi for gi, _ in pairs}, {fi for _, fi in pairs}
    for gi, fi in pairs:
        gt, ft = gp[gi].get("titles", []), [t["text"] for t in fp[fi].get("titles", [])]
        counts["titles"].add(len(gt), len(ft), len(pair_up(gt, ft, similar, 0.85)))
        if gp[gi].get("gender"):
            counts["gender"].add(1, 1, int(fp[fi].get("gender") == gp[gi]["gender"]))
    counts["titles"].add(sum(len(gp[i].get("titles", [])) for i in range(len(gp)) if i not in paired_g),
                         sum(len(fp[i].get("titles", [])) for i in range(len(fp)) if i not in paired_f), 0)

    go, fo = gold.get("organizations", []), out.get("organizations", [])
    same_org = lambda a, b: max(similar(x, y) for x in _names(a) for y in _names(b))  # noqa: E731
    counts["organizations"].add(len(go), len(fo), len(pair_up(go, fo, same_org, 0.85)))

    ge, fe = gold.get("events", []), out.get("events", [])
    same_event = lambda a, b: float(a["kind"] == b["kind"] and (not a.get("date") or a["date"] == b.get("date")))  # noqa: E731
    counts["events"].add(len(ge), len(fe), len(pair_up(ge, fe, same_event, 1.0)))

    ga, fa = gold.get("agreements", []), out.get("agreements", [])
    counts["agreements"].add(len(ga), len(fa), len(pair_up(ga, fa, _same_agreement, 0.5)))

    gf = set(gold.get("focus_areas", [])) - {"other"}
    ff = {x["label"] for x in out.get("focus_areas", [])} - {"other"}
    counts["focus_areas"].add(len(gf), len(ff), len(gf & ff))

    for name in ("title", "section", "published", "author"):
        counts["metadata"].add(1, 1, int(fold(gold.get(name)) == fold(out.get(name))))


def _same_agreement(gold: dict, found: dict) -> float:
    period, found_period = gold.get("period"), found.get("period") or {}
    if period and (str(found_period.get("start"))[:4], str(found_period.get("end"))[:4]) != (period["start"][:4], period["end"][:4]):
        return 0.0
    if gold.get("signed_on") and found.get("signed_on") and gold["signed_on"] != found["signed_on"]:
        return 0.0
    gp, fp = gold.get("parties") or [], found.get("parties") or []
    overlap = len(pair_up(gp, fp, similar, 0.75)) / max(len(gp), len(fp)) if gp and fp else 0.0
    return 0.5 + 0.5 * overlap


def evaluate(out_dir: Path, gold_dir: Path) -> dict:
    """Per-field figures for every ``*.gold.json`` in ``gold_dir`` against ``out_dir``."""
    counts = {name: Count() for name in F1_FIELDS + ACCURACY_FIELDS}
    missing = []
    golds = sorted(gold_dir.glob("*.gold.json"))
    for gold_path in golds:
        out_path = out_dir / gold_path.name.replace(".gold.json", ".json")
        try:
            out = json.loads(out_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            out = {}
            missing.append(out_path.name)
        _score_article(json.loads(gold_path.read_text(encoding="utf-8")), out, counts)
    result: dict = {name: counts[name].figures() for name in F1_FIELDS}
    for name in ACCURACY_FIELDS:
        c = counts[name]
        result[name] = {"acc": round(c.matched / c.found, 3) if c.found else None, "n": c.found}
    result["overall_f1"] = round(sum(result[n]["f1"] for n in F1_FIELDS) / len(F1_FIELDS), 3)
    result["articles"] = len(golds)
    result["missing"] = missing
    return result


def nothing_scored(result: dict) -> str | None:
    """Why ``result`` measures nothing (no gold files, or no output for any of them); None when it does."""
    if not result["articles"]:
        return "no gold files (*.gold.json) found: nothing was scored"
    if len(result["missing"]) == result["articles"]:
        return f"none of the {result['articles']} gold articles has an output record: nothing was scored"
    return None


def format_table(result: dict) -> str:
    rows = [f"{'field':<16}{'P':>7}{'R':>7}{'F1':>7}"]
    rows += [f"{n:<16}{result[n]['p']:>7.3f}{result[n]['r']:>7.3f}{result[n]['f1']:>7.3f}" for n in F1_FIELDS]
    for n in ACCURACY_FIELDS:
        acc = result[n]["acc"]
        rows.append(f"{n:<16}{'acc':>7}{'-' if acc is None else f'{acc:.3f}':>7}  (n={result[n]['n']})")
    rows.append(f"overall F1 {result['overall_f1']:.3f} over {result['articles']} articles")
    if result["missing"]:
        rows.append("missing outputs: " + ", ".join(result["missing"]))
    return "\n".join(rows)
