"""Dates and periods, one row per written form, in sentences of our own."""

import pytest

from extract.find.dates import find_dates
from extract.pipeline import extract
from extract.models import Source
from extract.read.segment import segment


def dates(text, published=None):
    return [(d.value, d.end_value, d.part_of_day) for d in find_dates(segment(text, words=False), published=published)]


POINTS = [
    ("slashes", "Ngày 26/5/2017, Hội Nông dân tỉnh tổ chức hội nghị.", ("2017-05-26", None, None)),
    ("dots", "Hội nghị diễn ra ngày 21.03.2017 tại Quy Nhơn.", ("2017-03-21", None, None)),
    ("hyphens", "Ngày 26-5-2017, Sở Y tế họp giao ban.", ("2017-05-26", None, None)),
    ("zero padded", "Luật có hiệu lực từ ngày 01/01/2021.", ("2021-01-01", None, None)),
    ("wordy", "Quyết định ký ngày 16 tháng 5 năm 2024 đã được công bố.", ("2024-05-16", None, None)),
    ("afternoon", "Chiều ngày 26/5/2017, Tỉnh đoàn tổ chức lễ ký kết.", ("2017-05-26", None, "afternoon")),
    ("morning", "Sáng 12/3/2019, đoàn công tác đến thăm xã.", ("2019-03-12", None, "morning")),
    ("noon", "Trưa 12/3/2019, đoàn rời tỉnh.", ("2019-03-12", None, "noon")),
    ("evening", "Tối 8/9/2022, chương trình nghệ thuật diễn ra tại quảng trường.", ("2022-09-08", None, "evening")),
    ("night", "Đêm 30/4/2023, pháo hoa được bắn tại bờ sông.", ("2023-04-30", None, "night")),
    ("time before day", "Lúc 14 giờ ngày 5/6/2024, cuộc họp bắt đầu.", ("2024-06-05", None, None)),
]


@pytest.mark.parametrize("text, expected", [p[1:] for p in POINTS], ids=[p[0] for p in POINTS])
def test_day_with_year(text, expected):
    assert dates(text) == [expected]


YEARLESS = [
    ("slash after sáng", "Sáng 19/7, Ban Thường vụ họp.", "2024-07-19", "morning"),
    ("dots after chiều", "Chiều 22.4, đoàn đến làm việc với huyện.", "2024-04-22", "afternoon"),
    ("in brackets", "Hội nghị tổng kết (2.5) thu hút nhiều đại biểu.", "2024-05-02", None),
    ("hyphen after trưa nay", "Trưa nay 27-2, hai bên hội đàm.", "2024-02-27", "noon"),
    ("after ngày", "Ngày 3.6, UBND huyện tuyên dương các vận động viên.", "2024-06-03", None),
]


@pytest.mark.parametrize("text, value, pod", [y[1:] for y in YEARLESS], ids=[y[0] for y in YEARLESS])
def test_day_without_year_takes_publication_year(text, value, pod):
    assert dates(text, published="2024-08-01") == [(value, None, pod)]


def test_day_far_after_publication_belongs_to_the_year_before():
    assert dates("Ngày 28/12, Hội nghị tổng kết năm được tổ chức.", published="2024-01-05") == [("2023-12-28", None, None)]


def test_year_from_the_same_sentence():
    text = "Ngày 24/9, Sở Công Thương tổ chức hội nghị kết nối cung cầu năm 2020."
    assert dates(text) == [("2020-09-24", None, None)]


def test_year_from_the_article_when_one_year_stands_out():
    text = "Ngày 3/3/2019, huyện ra quân.\nSáng 5/3, Ban chỉ đạo họp.\nĐến ngày 30/4/2019, kế hoạch hoàn thành."
    assert dates(text) == [("2019-03-03", None, None), ("2019-03-05", None, "morning"), ("2019-04-30", None, None)]


def test_year_from_the_headline():
    text = "Giải việt dã công nhân viên chức năm 2025\nSáng 24.4, giải chạy diễn ra tại quảng trường tỉnh."
    assert dates(text) == [("2025-04-24", None, "morning")]


def test_no_year_anywhere_gives_the_yearless_form_and_a_warning():
    source = Source(path="x.txt", sha256="0" * 64, encoding="utf-8")
    article = extract("Họp bàn\nSáng 19/7, Ban Thường vụ họp.", doc_id="x", source=source)
    assert [d.value for d in article.dates] == ["--07-19"]
    assert article.warnings and "19/7" in article.warnings[0]


CONTEXT_TOO_WEAK = [
    ("two years equally dated", "Ông sinh ngày 22/6/1973.\nSáng 21/2, lễ công bố diễn ra. Hội nghị tháng 10/2017 đã kết thúc."),
    ("one past month only", "Sáng 21/2, lễ công bố diễn ra. Hội nghị tháng 10/2017 đã kết thúc."),
    ("a birth year in the sentence", "Ngày 12/7, công an bắt Lê Văn T. (sinh năm 1986) tại quốc lộ 8A."),
    ("a bound in the sentence", "Ngày 5/7, ông nói sai phạm xảy ra từ năm 2008."),
    ("bare years elsewhere", "Sáng 9/10, hội nghị diễn ra.\nCông ước năm 1982 được nhắc lại. Công ước năm 1982 là nền tảng."),
]


@pytest.mark.parametrize("text", [c[1] for c in CONTEXT_TOO_WEAK], ids=[c[0] for c in CONTEXT_TOO_WEAK])
def test_a_weak_context_leaves_the_year_out(text):
    text = "Tin hoạt động trong tuần\n" + text
    assert "--" in [value[:2] for value, _, _ in dates(text)]


RANGES = [
    ("days of one month", "Hội chợ diễn ra từ ngày 2 - 7.5.2025 tại Quy Nhơn.", ("2025-05-02", "2025-05-07", None)),
    ("từ ... đến", "Đợt tập huấn từ 20 đến 25/6/2023 dành cho cán bộ Đoàn.", ("2023-06-20", "2023-06-25", None)),
    ("across months", "Giải đấu diễn ra từ 23.4 - 1.5.2022 tại Hà Nội.", ("2022-04-23", "2022-05-01", None)),
    ("two full days", "Lớp học mở từ ngày 3/8/2021 đến ngày 10/8/2021.", ("2021-08-03", "2021-08-10", None)),
]


@pytest.mark.parametrize("text, expected", [r[1:] for r in RANGES], ids=[r[0] for r in RANGES])
def test_day_ranges(text, expected):
    assert dates(text) == [expected]


def test_yearless_range_takes_publication_year():
    assert dates("Hội chợ diễn ra từ 20 đến 25/6.", published="2023-06-01") == [("2023-06-20", "2023-06-25", None)]


PERIODS = [
    ("giai đoạn", "Chương trình phối hợp giai đoạn 2017-2020 được ký kết.", ("2017", "2020", None)),
    ("nhiệm kỳ with spaces", "Đại hội nhiệm kỳ 2020 - 2025 thành công tốt đẹp.", ("2020", "2025", None)),
    ("bare years", "Kết quả 2012-2017 rất đáng ghi nhận.", ("2012", "2017", None)),
    ("en dash", "Kế hoạch 2016–2020 đã hoàn thành.", ("2016", "2020", None)),
    ("từ năm ... đến năm", "Từ năm 2011 đến năm 2020, huyện xây 50 trường.", ("2011", "2020", None)),
]


@pytest.mark.parametrize("text, expected", [p[1:] for p in PERIODS], ids=[p[0] for p in PERIODS])
def test_year_periods(text, expected):
    assert dates(text) == [expected]


def test_month_and_year():
    [mention] = find_dates(segment("Hội nghị Trung ương tháng 10/2017 đã thống nhất.", words=False))
    assert (mention.value, mention.precision) == ("2017-10", "month")


NOT_DATES = [
    ("hour", "Cuộc họp bắt đầu lúc 14 giờ."),
    ("hour and minutes", "Đúng 8h30 sáng nay, đoàn xuất phát."),
    ("fraction", "Huyện đã đạt được 5/9 tiêu chí nông thôn mới nâng cao."),
    ("ratio", "Tỷ lệ đạt 16/19 chỉ tiêu."),
    ("decimal price", "Giá bán lẻ là 2.103,11 đồng mỗi kWh."),
    ("decimal range", "Sản lượng đạt 560,4 - 624,6 tỷ kWh."),
    ("score", "Đội tuyển thắng với tỷ số 2-0."),
    ("impossible day", "Ngày 31/2/2020 không tồn tại."),
]


@pytest.mark.parametrize("text", [n[1] for n in NOT_DATES], ids=[n[0] for n in NOT_DATES])
def test_not_dates(text):
    assert dates(text) == []


def test_spans_point_into_the_text():
    text = "Chiều ngày 26/5/2017, lễ ký kết chương trình giai đoạn 2017-2020 diễn ra."
    for d in find_dates(segment(text, words=False)):
        assert text[d.span.start:d.span.end] == d.span.text
    assert [d.span.text for d in find_dates(segment(text, words=False))] == ["26/5/2017", "2017-2020"]


def forms(text):
    return [(d.span.text, d.value, d.end_value or d.yearless_end) for d in find_dates(segment(text, words=False))]


EVERY_FORM = [
    ("yearless range, từ ... đến", "Tin vắn\nTừ 24-7 đến 31-7, đoàn đi các tỉnh.", [("Từ 24-7 đến 31-7", "--07-24", "--07-31")]),
    ("yearless range, one month", "Tin vắn\nHội trại ngày 16 - 20/7 tại bãi biển.", [("ngày 16 - 20/7", "--07-16", "--07-20")]),
    ("yearless range, ngày ... đến", "Tin vắn\nLớp học từ ngày 15 đến 26/3 tại huyện.", [("từ ngày 15 đến 26/3", "--03-15", "--03-26")]),
    ("yearless range across months", "Tin vắn\nGiải đấu từ 26/7 đến 4/8 tại sân tỉnh.", [("từ 26/7 đến 4/8", "--07-26", "--08-04")]),
    ("yearless range in brackets", "Tin vắn\nHội diễn (11 đến 21-3) tại nhà hát.", [("11 đến 21-3", "--03-11", "--03-21")]),
    ("range over the new year", "Tin vắn\nHội chợ từ 26/12 đến 5/1/2025 tại tỉnh.", [("từ 26/12 đến 5/1/2025", "2024-12-26", "2025-01-05")]),
    ("list sharing the month", "Tin vắn\nCác ngày 22, 23, 24 và 27/7, lớp học mở.",
     [("22", "--07-22", None), ("23", "--07-23", None), ("24", "--07-24", None), ("27/7", "--07-27", None)]),
    ("list of two after vào", "Tin vắn\nĐoàn đến vào 18 và 26-7 tới.", [("18", "--07-18", None), ("26-7", "--07-26", None)]),
    ("list sharing a cue", "Tin vắn\nNgày 16-4, 17-4, hội thi diễn ra.", [("16-4", "--04-16", None), ("17-4", "--04-17", None)]),
    ("list with the year written last", "Tin vắn\nNgày 16-4, 17-4/2020, hội thi diễn ra.",
     [("16-4", "2020-04-16", None), ("17-4/2020", "2020-04-17", None)]),
    ("day after trước", "Tin vắn\nCác xã hoàn thành trước 30/4.", [("30/4", "--04-30", None)]),
    ("day after sau", "Tin vắn\nSau 2/9, trường khai giảng.", [("2/9", "--09-02", None)]),
    ("day after vào", "Tin vắn\nVào 15-8, đoàn lên đường.", [("15-8", "--08-15", None)]),
    ("today in brackets", "Tin vắn\nSáng nay (2.5), hội nghị khai mạc.", [("2.5", "--05-02", None)]),
]


@pytest.mark.parametrize("text, expected", [f[1:] for f in EVERY_FORM], ids=[f[0] for f in EVERY_FORM])
def test_every_date_form_is_kept(text, expected):
    assert forms(text) == expected


NOT_DAYS = [
    ("hours", "Tin vắn\nHọp từ 9-10 h mỗi sáng."),
    ("counts", "Tin vắn\nMỗi người đến từ 3-8 lần."),
    ("a span of days", "Tin vắn\nHợp đồng ký trước 3-6 ngày."),
    ("a list that is no list of days", "Tin vắn\nTrong 5, 3 và 1/2 số hộ được hỗ trợ."),
]


@pytest.mark.parametrize("text", [n[1] for n in NOT_DAYS], ids=[n[0] for n in NOT_DAYS])
def test_hours_and_counts_are_no_days(text):
    assert forms(text) == []


def test_part_of_day_goes_on_the_point_not_on_a_period():
    text = "Tin vắn\nSáng 7/12/2020, kỳ họp khai mạc và kéo dài từ ngày 7/12/2020 đến ngày 9/12/2020."
    assert dates(text) == [("2020-12-07", None, "morning"), ("2020-12-07", "2020-12-09", None)]
