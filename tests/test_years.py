"""The year of a day written without one (CONTRACT.md), one row per kind of evidence, in sentences of our own.

Each text is a small article: a headline line, then body lines.  The row gives
the day it asks about (as written), and the value and ``year_from`` expected.
"""

import pytest

from extract.find.dates import find_dates
from extract.read.segment import segment


def resolved(text, written, published=None):
    """(value, year_from) of the first day written as ``written``."""
    for d in find_dates(segment(text, words=False), published=published):
        if d.span.text.endswith(written):
            return d.value, d.year_from
    raise AssertionError(f"no date {written!r} found")


EVIDENCE = [
    ("publication date", "2024-08-01", "Tin vắn\nSáng 19/7, Ban Thường vụ họp.", "19/7", ("2024-07-19", "published")),
    ("same range", None, "Tin vắn\nHội chợ diễn ra từ 29/6 đến 5/7/2025 tại tỉnh.", "29/6 đến 5/7/2025", ("2025-06-29", "written")),
    ("năm X in the clause", None, "Tin vắn\nGiải cờ tướng năm 2022 tổ chức tại Huế từ 23.4 - 1.5, đội nhà giành giải nhất.",
     "23.4 - 1.5", ("2022-04-23", "written")),
    ("time phrase before the day", None, "Tin vắn\nTrong đợt lũ lịch sử năm 1999, ngày 3.11, nước dâng cao.", "3.11", ("1999-11-03", "written")),
    ("nearby full date", None, "Tin vắn\nNgày 12/3/2021, huyện ra quân làm đường.\nSáng 2/4, đoàn kiểm tra đến xã.", "2/4",
     ("2021-04-02", "context")),
    ("nearby full date across the new year", None, "Tin vắn\nNgày 28/12/2020, tỉnh tổ chức hội nghị.\nSáng 5/1, đoàn công tác về huyện.",
     "5/1", ("2021-01-05", "context")),
    ("review of a year, late in it", None, "Hội nghị tổng kết công tác năm 2023\nChiều 20/12, Sở Tư pháp tổ chức hội nghị.", "20/12",
     ("2023-12-20", "context")),
    ("review of a year, early in the next", None, "Hội nghị tổng kết công tác năm 2023\nChiều 15/1, Sở Tư pháp tổ chức hội nghị.", "15/1",
     ("2024-01-15", "context")),
    ("review of a quarter", None, "Làm việc với huyện\nChiều 22.4, tỉnh làm việc với huyện về tình hình quý I/2024.", "22.4",
     ("2024-04-22", "context")),
    ("tasks of a year", None, "Tin vắn\nSáng 10-2, Sở Tài chính họp triển khai nhiệm vụ năm 2019.", "10-2", ("2019-02-10", "context")),
    ("congress opening a term", None, "Tin vắn\nNgày 8/6, Chi đoàn tổ chức Đại hội Chi đoàn nhiệm kỳ 2022-2024.", "8/6", ("2022-06-08", "context")),
    ("anniversary with both years", None,
     "Tin vắn\nChào mừng kỷ niệm 20 năm thành lập trường (2004 - 2024), sáng 9.3, trường tổ chức hội trại.", "9.3",
     ("2024-03-09", "context")),
    ("anniversary from a founding", None,
     "Tin vắn\nHội được thành lập năm 2010.\nSáng 2/5, Hội tổ chức lễ kỷ niệm 10 năm thành lập.", "2/5", ("2020-05-02", "context")),
    ("this year tied to a year", None, "Tin vắn\nNăm nay (2023), huyện có nhiều đổi mới. Ngày 4/9, huyện khai giảng lớp học.", "4/9",
     ("2023-09-04", "context")),
    ("occasion named with its year in the headline", None, "Hội thi tin học trẻ 2024\nSáng 14.5, hội thi khai mạc tại nhà văn hóa.",
     "14.5", ("2024-05-14", "context")),
    ("headline placing the occasions in a year", None, "Ba giải chạy sẽ diễn ra trong năm 2026\nNgày 6.3, ban tổ chức họp.",
     "6.3", ("2026-03-06", "context")),
]


@pytest.mark.parametrize("published, text, written, expected", [e[1:] for e in EVIDENCE], ids=[e[0] for e in EVIDENCE])
def test_evidence_gives_the_year(published, text, written, expected):
    assert resolved(text, written, published=published) == expected


NEVER = [
    ("target year", "Tin vắn\nNgày 5/6, huyện họp, phấn đấu đến năm 2030 hoàn thành đường.", "5/6"),
    ("plan period", "Tin vắn\nNgày 5/6, tỉnh triển khai kế hoạch giai đoạn 2026-2030.", "5/6"),
    ("edition year in a name", "Đội tuyển giành vé dự VCK châu Á 2026\nTối 10.6, đội tuyển thắng 2-0.", "10.6"),
    ("law named by its year", "Tin vắn\nSáng 18/12, hội thảo về Luật Đất đai 2024 diễn ra.", "18/12"),
    ("document number", "Tin vắn\nNgày 23/2, Sở phổ biến Nghị định số 15/2018/NĐ-CP.", "23/2"),
    ("document day", "Tin vắn\nTheo Quyết định số 12/QĐ-UBND, ngày 2/3/2021 của UBND tỉnh.\nSáng 6/3, huyện họp.", "6/3"),
    ("birth", "Tin vắn\nÔng A sinh ngày 2/5/1970.\nNgày 20/5, ông A nhận nhiệm vụ mới.", "20/5"),
    ("background full date long before", "Tin vắn\nSáng 29.4, phường tổ chức lễ.\nNgày 11.2.1968, địch đánh phá.\nNgày 1.11.2023, tỉnh ban hành quyết định.",
     "29.4"),
    ("planned occasion", "Tin vắn\nSáng 26/5, hai bên họp trù bị.\nHội nghị dự kiến được tổ chức vào ngày 25/6/2017.", "26/5"),
    ("deadline", "Tin vắn\nNgày 18/4, đoàn công tác làm việc với tỉnh.\nTỉnh gửi hồ sơ trước 28/4/2025.", "18/4"),
    ("full date too far away", "Tin vắn\nNgày 2.6, đoàn kiểm tra làm việc.\nÔng được bổ nhiệm ngày 23.12.2015.", "2.6"),
    ("bound", "Tin vắn\nNgày 5/7, ông nói sai phạm xảy ra từ năm 2008.", "5/7"),
    ("a year compared with", "Tin vắn\nKết quả khả quan so với năm 2019.\nNgày 18/10 tới, công ty họp cổ đông.", "18/10"),
    ("review in another clause", "Tin vắn\nTrao đổi hôm 29/11, ông cho biết năm 2006 đã phát hiện sai phạm.", "29/11"),
    ("cited congress", "Tin vắn\nNgày 27-2, Bí thư nói về mục tiêu của Đại hội Đảng bộ nhiệm kỳ 2015-2020 đề ra.", "27-2"),
    ("nothing at all", "Họp bàn\nSáng 19/7, Ban Thường vụ họp.", "19/7"),
]


@pytest.mark.parametrize("text, written", [n[1:] for n in NEVER], ids=[n[0] for n in NEVER])
def test_no_evidence_leaves_the_day_without_a_year(text, written):
    assert resolved(text, written) == (f"--{written_month_day(written)}", None)


def written_month_day(written):
    day, month = (int(p) for p in written.replace(".", "/").replace("-", "/").split("/")[:2])
    return f"{month:02d}-{day:02d}"


CONFLICTS = [
    ("two reviews of different years", "Tin vắn\nChiều 20/12, tỉnh tổng kết năm 2019.\nTổng kết năm 2018 cũng được nhắc lại.", "20/12"),
    ("two congress terms", "Tin vắn\nNgày 8/6, Đại hội Chi đoàn nhiệm kỳ 2017-2019 diễn ra; Đại hội Hội nhiệm kỳ 2018-2023 cũng họp.", "8/6"),
]


@pytest.mark.parametrize("text, written", [c[1:] for c in CONFLICTS], ids=[c[0] for c in CONFLICTS])
def test_conflicting_evidence_leaves_the_day_without_a_year(text, written):
    [day] = [d for d in find_dates(segment(text, words=False)) if d.span.text == written]
    assert (day.value, day.year_from) == (f"--{written_month_day(written)}", None)
    assert "several years" in day.year_note


def test_background_full_dates_lose_to_the_latest():
    text = "Tin vắn\nNgày 29/6, ông A vắng mặt.\nNgày 19/7/2018, ông A trả lời báo chí.\nNgày 24/5/2019, cơ quan điều tra kết luận."
    assert resolved(text, "29/6") == ("2019-06-29", "context")


def test_the_evidence_is_in_the_warning():
    from extract.models import Source
    from extract.pipeline import extract

    source = Source(path="x.txt", sha256="0" * 64, encoding="utf-8")
    article = extract("Hội thi tin học trẻ 2024\nSáng 14.5, hội thi khai mạc.", doc_id="x", source=source)
    assert any("2024" in w and "14.5" in w and "Hội thi tin học trẻ 2024" in w for w in article.warnings)
