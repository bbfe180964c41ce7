"""Saved portal pages (tests/pages/, layouts of real portals with invented text): headline once, the page's
date and author, and none of the page's furniture, neither in the text nor as a participant."""

import socket
from pathlib import Path

import pytest

from extract import extract_file
from extract.read.htmltext import read_page

PAGES = Path(__file__).parent / "pages"

CASES = [
    # page, headline, published, author, participants that must be found, furniture that must be gone
    pytest.param("so-lao-dong.html", "Sở Lao động tổ chức hội nghị về việc làm cho thanh niên", "2024-03-22",
                 "Minh Anh", ["Đinh Công Khải", "Quách Thị Lụa"],
                 ["Các tin khác", "Hà Văn Tuấn", "Vì việc làm bền vững", "Trang chủ", "Chia sẻ", "Bản quyền"],
                 id="department-portal-other-news"),
    pytest.param("bao-tinh.html", "Tỉnh đoàn ký kết chương trình phối hợp với Hội Nông dân tỉnh", "2024-05-09",
                 "Lê Hải Yến", ["Trịnh Quốc Bảo"],
                 ["Tin liên quan", "Vi Thị Hoa", "Tin khác", "Mạc Văn Đức", "Tiếng nói của Đảng bộ", "Đọc nhiều",
                  "Phạm Văn Long"],
                 id="newspaper-tin-lien-quan-box-tinkhac"),
    pytest.param("tinh-doan.html", "Tuổi trẻ Hà Giang ra quân tình nguyện hè năm 2024", "2024-06-15",
                 "Hoàng Thu Trang", ["Sùng Thị Mai", "Lù Văn Thắng"],
                 ["Cùng chuyên mục", "Giàng Seo Phử", "Xem thêm", "Vàng Mí Lử", "XUNG KÍCH"],
                 id="youth-union-cung-chuyen-muc-more-news-news-other"),
    pytest.param("bo-nganh.html", "Hội thảo về an toàn, vệ sinh lao động trong ngành xây dựng", "2024-10-03",
                 "Nguyễn Khắc Duy", ["Trương Minh Hiển"],
                 ["Tin cùng loại", "Lò Văn Sáng", "Lượt xem", "Liên kết website", "Cổng thông tin điện tử"],
                 id="ministry-table-layout-headline-repeated"),
]


@pytest.fixture(scope="module")
def records():
    return {path.name: extract_file(path) for path in sorted(PAGES.glob("*.html"))}


@pytest.mark.parametrize("page, headline, published, author, people, furniture", CASES)
def test_a_portal_page_gives_its_article_once_and_no_furniture(records, page, headline, published, author, people,
                                                               furniture):
    record = records[page]
    assert (record.title, record.published, record.author) == (headline, published, author)
    assert record.text.startswith(headline + "\n\n") and record.text.count(headline) == 1
    names = {p.name for p in record.participants}
    assert set(people) <= names
    assert [word for word in furniture if word in record.text or any(word in name for name in names)] == []


def test_every_page_is_in_the_table():
    assert sorted(p.name for p in PAGES.glob("*.html")) == sorted(case.values[0] for case in CASES)


def test_reading_a_page_fetches_nothing(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a page reader tried to open a connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    page = read_page((PAGES / "so-lao-dong.html").read_text(encoding="utf-8"))
    assert page.published == "2024-03-22"


@pytest.mark.parametrize("markup, first_line", [
    pytest.param("<p>Sáng 3/4/2019, Sở Y tế tổ chức hội nghị.</p>", "Sáng 3/4/2019, Sở Y tế tổ chức hội nghị.",
                 id="bare-fragment"),
    pytest.param("<html><body><div class='other-news'>Các tin khác</div><h1>Hội nghị Sở Y tế</h1>"
                 "<p>Sáng 3/4/2019, Sở Y tế tổ chức hội nghị.</p></body></html>", "Hội nghị Sở Y tế",
                 id="short-page"),
])
def test_a_page_trafilatura_finds_little_in_is_still_read(markup, first_line):
    text = read_page(markup).text
    assert text.splitlines()[0] == first_line and "Sở Y tế tổ chức hội nghị" in text and "Các tin khác" not in text
