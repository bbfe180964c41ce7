"""Factories for the inputs real batches bring: one article of our own, written every way it arrives.

The article is invented for the tests (names, places and figures included).
Each factory gives the bytes a scraper, an old archive or a copy-paste would
leave: a BOM, UTF-16, Windows-1258 with combining tone marks, the TCVN3 and
VNI font encodings, decomposed accents, CRLF line ends, mojibake, HTML.
"""

from __future__ import annotations

import unicodedata

from extract.read import charset

TITLE = "Hội nghị tổng kết công tác phối hợp giải quyết việc làm năm 2023"
ARTICLE = (
    f"{TITLE}\n"
    "\n"
    "Sáng 15/12/2023, tại Hội trường UBND tỉnh Hòa Bình, Sở Lao động – Thương binh và Xã hội tỉnh tổ chức "
    "hội nghị tổng kết công tác phối hợp giải quyết việc làm cho thanh niên năm 2023. Tham dự hội nghị có "
    "đồng chí Nguyễn Văn Thành, Phó Chủ tịch UBND tỉnh; bà Trần Thị Thủy, Giám đốc Sở Lao động – Thương binh "
    "và Xã hội cùng hơn 120 đại biểu.\n"
    "Năm 2023, toàn tỉnh đã tư vấn, giới thiệu việc làm cho hơn 9.000 lượt người; tổ chức 14 phiên giao dịch "
    "việc làm và đào tạo nghề cho 2.500 lao động nông thôn.\n"
    "Phát biểu tại hội nghị, đồng chí Nguyễn Văn Thành đề nghị các sở, ngành tiếp tục đẩy mạnh công tác "
    "hướng nghiệp, dạy nghề và hỗ trợ thanh niên khởi nghiệp trong năm 2024.\n"
)
"""Clean UTF-8 NFC with ``\\n`` line ends: what every recoverable input must come back as."""


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: base letters followed by combining tone marks."""
    out = bytearray()
    for char in text:
        decomposed = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in decomposed if c in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        out += (base + tones).encode("cp1258")
    return bytes(out)


def to_tcvn3(text: str) -> bytes:
    """TCVN3 (ABC) bytes; other characters as Windows-1252 would store them."""
    code = {letter: byte for byte, letter in charset._tcvn3_table().items()}
    return b"".join(bytes([code[c]]) if c in code else c.encode("cp1252") for c in text)


def to_vni(text: str) -> bytes:
    """VNI-Windows bytes: a base letter and one byte for its marks, or one byte for the letters VNI has whole."""
    table = charset._vni_table()
    letters = {value: byte for byte, value in table.items() if not unicodedata.combining(value[0])}
    out = bytearray()
    for char in text:
        if char in letters:
            out.append(letters[char])
            continue
        decomposed = unicodedata.normalize("NFD", char)
        base, marks = decomposed[0], [m for m in decomposed[1:]]
        if "\u031b" in marks:  # the horn makes ơ/ư, which VNI writes as one byte
            marks.remove("\u031b")
            out.append(letters[unicodedata.normalize("NFC", base + "\u031b")])
        else:
            out += base.encode("cp1252")
        if marks:
            wanted = "".join(sorted(marks, key=lambda m: m not in "\u0302\u0306"))
            capital = base.isupper()
            out.append(next(b for b, v in table.items() if v == wanted and (b < 0xE0) == capital))
    return bytes(out)


def unknown_legacy_font(text: str) -> bytes:
    """An 8-bit font encoding of our own making (as VISCII or VPS would be): each letter one byte from 0xA1 on."""
    letters = sorted({c for c in text if not c.isascii() and c.isalpha()})
    code = {c: 0xA1 + i for i, c in enumerate(letters)}
    return b"".join(bytes([code[c]]) if c in code else c.encode("cp1252") for c in text)


def mojibake(text: str) -> bytes:
    """UTF-8 read as Windows-1252 (bytes it leaves undefined kept as they were) and saved again as UTF-8."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8")).encode()


def lossy_mojibake(text: str) -> bytes:
    """Mojibake whose undefined Windows-1252 bytes became U+FFFD: the letters they held are gone."""
    return text.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")


def as_html(text: str) -> str:
    """A portal page around the article: head, scripts, styles, menus, share buttons, comments, footer."""
    title, *paragraphs = [p for p in text.splitlines() if p.strip()]
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>Cổng thông tin | Tin tức</title>"
        "<style>p { color: red }</style><script>var tracker = 'Trang chủ Hà Nội';</script></head><body>"
        "<header><div class='logo'>Cổng thông tin điện tử</div></header>"
        "<nav><ul><li><a href='/'>Trang chủ</a></li><li><a href='/tin'>Tin tức</a></li></ul></nav>"
        f"<div class='content'><article><h1 class='title'>{title}</h1>"
        "<div class='social-share'><a>Chia sẻ</a><a>Facebook</a><a>Zalo</a></div>"
        f"{body}"
        "<div class='tags'>Từ khóa: việc làm, thanh niên</div></article>"
        "<aside><h3>Tin liên quan</h3><ul><li>Ông Lê Văn Bình thăm trường nghề</li></ul></aside>"
        "<div id='comments'>Bình luận của bạn</div></div>"
        "<footer>Bản quyền thuộc về Cổng thông tin điện tử tỉnh</footer>"
        "<script>document.write('Nguyễn Văn Tèo');</script></body></html>"
    )
