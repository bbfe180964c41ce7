"""Reading inputs: every way an article arrives comes back as the same clean text, or is refused with a reason."""

import unicodedata

import pytest

from extract.errors import InputError
from extract.read.htmltext import html_to_text
from extract.read.load import read_article, read_text, tone_key
from weird_files import (ARTICLE, TITLE, as_html, lossy_mojibake, mojibake, to_cp1258, to_tcvn3, to_vni,
                         unknown_legacy_font)

NFD = unicodedata.normalize("NFD", ARTICLE)
STYLED_PAGE = as_html(ARTICLE).replace("<style>", "<style>" + "div.menu { margin: 0; font-family: Arial; } " * 50)
"""A page whose markup outweighs its article: the encoding must still be judged on the prose."""

RECOVERABLE = [
    # (id, file name, bytes, encoding reported)
    ("utf-8", "a.txt", ARTICLE.encode(), "utf-8"),
    ("utf-8 with BOM", "a.txt", b"\xef\xbb\xbf" + ARTICLE.encode(), "utf-8-sig"),
    ("utf-16 LE with BOM", "a.txt", ARTICLE.encode("utf-16"), "utf-16"),
    ("utf-16 BE with BOM", "a.txt", b"\xfe\xff" + ARTICLE.encode("utf-16-be"), "utf-16"),
    ("utf-16 LE without BOM", "a.txt", ARTICLE.encode("utf-16-le"), "utf-16-le"),
    ("utf-32 with BOM", "a.txt", ARTICLE.encode("utf-32"), "utf-32"),
    ("windows-1258, combining tones", "a.txt", to_cp1258(ARTICLE), "windows-1258"),
    ("NFD accents", "a.txt", NFD.encode(), "utf-8"),
    ("CRLF", "a.txt", ARTICLE.replace("\n", "\r\n").encode(), "utf-8"),
    ("old Mac CR", "a.txt", ARTICLE.replace("\n", "\r").encode(), "utf-8"),
    ("BOM, NFD and CRLF at once", "a.txt", b"\xef\xbb\xbf" + NFD.replace("\n", "\r\n").encode(), "utf-8-sig"),
    ("TCVN3 bytes", "a.txt", to_tcvn3(ARTICLE), "tcvn3"),
    ("VNI bytes", "a.txt", to_vni(ARTICLE), "vni"),
    ("TCVN3 pasted into a UTF-8 file", "a.txt", to_tcvn3(ARTICLE).decode("cp1252").encode(), "utf-8+tcvn3"),
    ("VNI pasted into a UTF-8 file", "a.txt", to_vni(ARTICLE).decode("cp1252").encode(), "utf-8+vni"),
    ("mojibake", "a.txt", mojibake(ARTICLE), "utf-8"),
    ("mojibake twice over", "a.txt", mojibake(mojibake(ARTICLE).decode()), "utf-8"),
    ("HTML page", "a.html", as_html(ARTICLE).encode(), "utf-8"),
    ("HTML page in windows-1258", "a.htm", to_cp1258(as_html(ARTICLE)), "windows-1258"),
    ("HTML saved as .txt", "a.txt", as_html(ARTICLE).encode("utf-16"), "utf-16"),
    ("styled page, mojibake", "a.html", mojibake(STYLED_PAGE), "utf-8"),
    ("styled page, TCVN3", "a.html", to_tcvn3(STYLED_PAGE), "tcvn3"),
    ("styled page, VNI", "a.html", to_vni(STYLED_PAGE), "vni"),
    ("styled page, windows-1258", "a.html", to_cp1258(STYLED_PAGE), "windows-1258"),
]


@pytest.mark.parametrize("name, raw, encoding", [r[1:] for r in RECOVERABLE], ids=[r[0] for r in RECOVERABLE])
def test_recoverable_inputs_give_the_clean_text(tmp_path, name, raw, encoding):
    path = tmp_path / name
    path.write_bytes(raw)
    loaded = read_article(path)
    assert loaded.text == ARTICLE
    assert loaded.encoding == encoding


REPAIRS = [
    ("mojibake", mojibake(ARTICLE), "mojibake repaired"),
    ("TCVN3", to_tcvn3(ARTICLE), "TCVN3 (ABC)"),
    ("VNI", to_vni(ARTICLE), "VNI"),
]


@pytest.mark.parametrize("raw, note", [r[1:] for r in REPAIRS], ids=[r[0] for r in REPAIRS])
def test_a_repair_is_noted(tmp_path, raw, note):
    (tmp_path / "a.txt").write_bytes(raw)
    assert any(note in w for w in read_article(tmp_path / "a.txt").warnings)


ENGLISH = "The provincial labour department held a conference on youth employment this morning.\n" * 5
REFUSED = [
    # (id, bytes, kind, words the message must have)
    ("empty", b"", "empty", "empty"),
    ("blank", b"  \r\n\t \n\n", "blank", "blank"),
    ("blank in UTF-16", "   \n  ".encode("utf-16"), "blank", "blank"),
    ("only noise lines", "Chia sẻ\nTrả lời\n".encode(), "blank", "blank"),
    ("PNG image", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary", "binary"),
    ("NUL bytes", ARTICLE.encode()[:200] + b"\x00\x01\x02" + ARTICLE.encode()[200:], "binary", "binary"),
    ("control characters", bytes(range(1, 32)) * 20, "binary", "binary"),
    ("English", ENGLISH.encode(), "not_vietnamese", "not Vietnamese"),
    ("French", "Le ministère a présenté à la conférence les résultats de l'année écoulée.".encode(),
     "not_vietnamese", "not Vietnamese"),
    ("Vietnamese without diacritics", b"Hoi nghi tong ket cong tac phoi hop nam 2023 tai tinh Hoa Binh",
     "not_vietnamese", "not Vietnamese"),
    ("mojibake with lost bytes", lossy_mojibake(ARTICLE), "mojibake", "mojibake"),
    ("corrupt UTF-16", ARTICLE.encode("utf-16")[:100] + "\ud800".encode("utf-16-le", "surrogatepass")
     + ARTICLE.encode("utf-16")[100:], "encoding", "not valid utf-16"),
    ("English with a few TCVN3 words", ENGLISH.encode() + to_tcvn3("Sở Lao động – Thương binh và Xã hội"),
     "not_vietnamese", "not Vietnamese"),
    ("an unknown legacy font encoding", unknown_legacy_font(ARTICLE), "legacy_font", "legacy Vietnamese font"),
    ("HTML page of scripts only", b"<html><head><script>var a = 1;</script></head><body></body></html>",
     "blank", "blank"),
]


@pytest.mark.parametrize("raw, kind, words", [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED])
def test_broken_inputs_are_refused_with_a_reason(tmp_path, raw, kind, words):
    path = tmp_path / ("a.html" if raw.startswith(b"<html") else "a.txt")
    path.write_bytes(raw)
    with pytest.raises(InputError, match=words) as refusal:
        read_article(path)
    assert refusal.value.kind == kind
    assert "\n" not in str(refusal.value)


CUT = [
    ("UTF-8 inside a letter", ARTICLE.encode()[:-4] + "ộ".encode()[:2]),
    ("UTF-8 with BOM inside a letter", b"\xef\xbb\xbf" + ARTICLE.encode()[:-4] + "ộ".encode()[:1]),
    ("UTF-16 inside a code unit", ARTICLE.encode("utf-16")[:-3]),
]


@pytest.mark.parametrize("raw", [c[1] for c in CUT], ids=[c[0] for c in CUT])
def test_a_file_cut_inside_its_last_character_keeps_the_rest(tmp_path, raw):
    (tmp_path / "a.txt").write_bytes(raw)
    loaded = read_article(tmp_path / "a.txt")
    assert ARTICLE.startswith(loaded.text) and len(loaded.text) > len(ARTICLE) - 5
    assert any("cut off" in w for w in loaded.warnings)


def test_oversized_inputs_are_refused_unless_the_limit_is_raised(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_bytes(ARTICLE.encode() * 20)
    with pytest.raises(InputError, match="over the limit of 1,000 .*--max-bytes") as refusal:
        read_article(path, max_bytes=1_000)
    assert refusal.value.kind == "too_large"
    assert read_article(path, max_bytes=1_000_000).text.startswith(TITLE)


LEGACY_WORDS = [
    # (id, bytes as the font shows them, text) -- common words, checked against published code tables
    ("TCVN3 Hà Nội", "Hµ Néi, ViÖt Nam", "Hà Nội, Việt Nam"),
    ("TCVN3 Đà Nẵng", "§µ N½ng, ®­îc", "Đà Nẵng, được"),
    ("VNI Hà Nội", "Haø Noäi, Vieät Nam", "Hà Nội, Việt Nam"),
    ("VNI capitals", "ÑAÁT TRÖÔØNG MAÀM NON", "ĐẤT TRƯỜNG MẦM NON"),
    ("VNI được", "ñöôïc vaø Ñaø Naüng", "được và Đà Nẵng"),
]


@pytest.mark.parametrize("shown, text", [r[1:] for r in LEGACY_WORDS], ids=[r[0] for r in LEGACY_WORDS])
def test_legacy_font_code_tables(tmp_path, shown, text):
    (tmp_path / "a.txt").write_bytes(shown.encode("cp1252"))
    assert read_article(tmp_path / "a.txt").text == text


def test_a_jsonl_text_field_is_repaired_like_a_file():
    loaded = read_text(mojibake(ARTICLE).decode().replace("\n", "\r\n"), sha256="0" * 64)
    assert loaded.text == ARTICLE
    assert loaded.warnings


TONES = [
    ("oà at the end", "Hoà Bình", "Hòa Bình"),
    ("uỷ at the end", "thuỷ sản", "thủy sản"),
    ("oẻ", "sức khoẻ", "sức khỏe"),
    ("capitals", "HOÀ BÌNH", "HÒA BÌNH"),
    ("already old style", "Hòa Bình", "Hòa Bình"),
    ("qu is an onset", "Quý", "Quý"),
    ("a coda keeps the tone", "hoàng, khuyến", "hoàng, khuyến"),
]


@pytest.mark.parametrize("text, key", [r[1:] for r in TONES], ids=[r[0] for r in TONES])
def test_tone_placement_is_folded_for_matching(text, key):
    assert tone_key(text) == key
    assert len(tone_key(text)) == len(text)


HTML = [
    ("scripts, styles and menus dropped", as_html(ARTICLE), ARTICLE.replace("\n\n", "\n", 1), ["tracker", "Trang chủ",
                                                                                           "Chia sẻ", "Bản quyền",
                                                                                           "Lê Văn Bình", "Tèo"]),
    ("line breaks and entities", "<h1>Tin m&#7899;i</h1><p>Dòng một<br>dòng hai &amp; ba</p>",
     "Tin mới\nDòng một\ndòng hai & ba", []),
    ("headline from <title> when there is no <h1>", "<title>Hội nghị việc làm</title><body><p>Nội dung.</p></body>",
     "Hội nghị việc làm\nNội dung.", []),
    ("a furniture-like class on the article itself",
     "<body><div class='detail share-ready'><h1>Tiêu đề</h1><p>Đoạn văn thứ nhất của bài.</p><p>Đoạn hai.</p>"
     "</div><div class='share'>Facebook</div></body>", "Tiêu đề\nĐoạn văn thứ nhất của bài.\nĐoạn hai.", ["Facebook"]),
    ("nested divs without paragraphs", "<body><div><div>Đoạn một.</div><div>Đoạn <b>hai</b>.</div></div></body>",
     "Đoạn một.\nĐoạn hai.", []),
]


@pytest.mark.parametrize("markup, lines, absent", [r[1:] for r in HTML], ids=[r[0] for r in HTML])
def test_html_keeps_the_headline_and_paragraphs(markup, lines, absent):
    text = html_to_text(markup)
    assert [line for line in text.splitlines() if line] == [line for line in lines.splitlines() if line]
    for word in absent:
        assert word not in text


def test_deeply_nested_html_does_not_crash():
    depth = 5_000
    text = html_to_text("<div>" * depth + "Đoạn văn sâu." + "</div>" * depth)
    assert "Đoạn văn sâu." in text


@pytest.mark.parametrize("module", ["extract.read.charset", "extract.read.load"])
def test_the_docstring_examples_hold(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted and not result.failed


JSONL_TITLES = [
    ("title put at the head", "Nội dung bài.", "Tiêu đề bài", "Tiêu đề bài\n\nNội dung bài."),
    ("text already starts with it", "Tiêu đề bài\n\nNội dung bài.", "Tiêu đề bài", "Tiêu đề bài\n\nNội dung bài."),
    ("page text keeps its own headline", "<h1>Tiêu đề bài</h1><p>Nội dung bài.</p>", "Tiêu đề bài",
     "Tiêu đề bài\n\nNội dung bài.\n"),
    ("mojibake title repaired", "Nội dung bài.", mojibake("Tiêu đề bài").decode(), "Tiêu đề bài\n\nNội dung bài."),
    ("blank title ignored", "Nội dung bài.", "  ", "Nội dung bài."),
    ("binary title ignored", "Nội dung bài.", "\x00\x01\x02\x03", "Nội dung bài."),
]


@pytest.mark.parametrize("text, title, expected", [r[1:] for r in JSONL_TITLES], ids=[r[0] for r in JSONL_TITLES])
def test_a_jsonl_title_heads_the_text_once(text, title, expected):
    assert read_text(text, sha256="0" * 64, title=title).text == expected
