"""Properties: whatever the bytes or the text, the pipeline refuses cleanly or writes a valid, grounded record."""

import json
import unicodedata

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.run import batch

from extract import extract_file
from extract.read.charset import decode
from extract.errors import InputError
from extract.read.load import read_text
from weird_files import ARTICLE, as_html, mojibake, to_cp1258, to_tcvn3, to_vni

from conftest import ROOT, spans

SCHEMAS = [json.loads((ROOT / "schemas" / "article.schema.json").read_text(encoding="utf-8"))]
if (ROOT.parent / "shared" / "contract.schema.json").exists():  # without it test_contract says it skipped
    SCHEMAS.append(json.loads((ROOT.parent / "shared" / "contract.schema.json").read_text(encoding="utf-8")))

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
"""For the loaders alone: cheap, so many examples."""
SLOW = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
"""For the whole pipeline: underthesea costs tens of milliseconds an article."""

ENCODINGS = {
    "utf-8": str.encode,
    "utf-16": lambda text: text.encode("utf-16"),
    "windows-1258": to_cp1258,
    "tcvn3": to_tcvn3,
    "vni": to_vni,
    "mojibake": mojibake,
    "html": lambda text: as_html(text).encode(),
}

WORDS = ("Sở Lao động – Thương binh và Xã hội tỉnh Hòa Bình Ủy ban nhân dân UBND đồng chí ông bà Nguyễn Văn Trần "
         "Thị Thủy Phó Giám đốc Chủ tịch Bí thư Tỉnh đoàn hội nghị lễ ký kết chương trình phối hợp giai đoạn "
         "sáng chiều ngày tháng năm 2023 15/12/2023 tại tham dự có hơn 120 đại biểu việc làm trẻ em").split()
PIECES = st.sampled_from(WORDS + [",", ".", ";", ":", "–", "(", ")", "“", "”", "\n", "\n\n", " ", "Ảnh:", "Trả lời"])
VIETNAMESE_ISH = st.lists(PIECES, min_size=1, max_size=80).map(" ".join)
"""Sentences of the genre's words in any order: what the stages must survive."""


def assert_valid(article):
    record = json.loads(article.model_dump_json())
    for schema in SCHEMAS:
        jsonschema.validate(record, schema)
    for span in spans(record):
        assert record["text"][span["start"]:span["end"]] == span["text"]
    assert unicodedata.is_normalized("NFC", record["text"])


@FAST
@given(raw=st.binary(max_size=3000))
def test_random_bytes_decode_or_are_refused(raw):
    try:
        decoded = decode(raw)
    except InputError as e:
        assert e.kind and str(e)
    else:
        assert unicodedata.is_normalized("NFC", decoded.text)


@FAST
@given(text=st.text(max_size=500))
def test_any_text_field_loads_or_is_refused(text):
    try:
        loaded = read_text(text, sha256="0" * 64)
    except InputError as e:
        assert e.kind and str(e)
    else:
        assert loaded.text.strip()


@SLOW
@given(raw=st.binary(max_size=2000))
def test_random_bytes_in_a_file_never_crash_the_pipeline(tmp_path, raw):
    path = tmp_path / "random.txt"
    path.write_bytes(raw)
    try:
        assert_valid(extract_file(path))
    except InputError:
        pass


@SLOW
@given(encoding=st.sampled_from(sorted(ENCODINGS)), cut=st.floats(0, 1))
def test_truncated_files_never_crash_the_pipeline(tmp_path, encoding, cut):
    raw = ENCODINGS[encoding](ARTICLE)
    path = tmp_path / ("cut.html" if encoding == "html" else "cut.txt")
    path.write_bytes(raw[: int(len(raw) * cut)])
    try:
        assert_valid(extract_file(path))
    except InputError:
        pass


@SLOW
@given(text=VIETNAMESE_ISH, noise=st.text(max_size=60))
def test_any_vietnamese_ish_text_gives_a_valid_grounded_record(tmp_path, text, noise):
    path = tmp_path / "a.txt"
    path.write_text(text + noise, encoding="utf-8")
    try:
        assert_valid(extract_file(path))
    except InputError as e:
        assert e.kind in ("blank", "not_vietnamese", "binary", "mojibake", "legacy_font")


@SLOW
@given(texts=st.lists(st.one_of(VIETNAMESE_ISH, st.text(max_size=80)), min_size=1, max_size=4))
def test_a_batch_of_anything_writes_only_valid_records(tmp_path_factory, texts):
    folder, out = tmp_path_factory.mktemp("in"), tmp_path_factory.mktemp("out")
    for i, text in enumerate(texts):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
    summary = batch.run([folder], out, jobs=1, progress=False)
    assert summary.written + len(summary.failed) == len(texts)
    assert all(f.kind != "extractor_failed" for f in summary.failed), [f.reason for f in summary.failed]
    for record in out.glob("[!_]*.json"):
        data = json.loads(record.read_text(encoding="utf-8"))
        for schema in SCHEMAS:
            jsonschema.validate(data, schema)
        assert all(data["text"][s["start"]:s["end"]] == s["text"] for s in spans(data))
