"""Page layout and metadata: headline, section, publication line, captions, byline, noise."""

import pytest

from extract.read.load import normalise
from extract.find.metadata import find_metadata
from extract.read.segment import segment


def kinds(text):
    return [(line.kind, line.text) for line in segment(normalise(text), words=False).lines]


def test_headline_section_and_body():
    text = "Tỉnh đoàn ký kết chương trình phối hợp\n\nTin tức 2019\nSáng 3/4/2019, Tỉnh đoàn tổ chức lễ ký kết.\n"
    assert kinds(text) == [
        ("title", "Tỉnh đoàn ký kết chương trình phối hợp"),
        ("section", "Tin tức 2019"),
        ("body", "Sáng 3/4/2019, Tỉnh đoàn tổ chức lễ ký kết."),
    ]


def test_a_text_of_one_line_is_body_not_a_headline():
    assert kinds("Sáng 3/4/2019, Tỉnh đoàn tổ chức lễ ký kết chương trình phối hợp.") == [
        ("body", "Sáng 3/4/2019, Tỉnh đoàn tổ chức lễ ký kết chương trình phối hợp."),
    ]


DATELINES = [
    ("dots", "Ngày: 21.03.2017", "2017-03-21"),
    ("posted", "Ngày đăng: 05/11/2020", "2020-11-05"),
    ("weekday and time", "Thứ Ba, 08/09/2022 - 10:15", "2022-09-08"),
    ("updated", "Cập nhật: 14-02-2019 08:30", "2019-02-14"),
    ("weekday number and bar", "Thứ 6, 21/03/2025 | 15:45", "2025-03-21"),
]


@pytest.mark.parametrize("line, published", [d[1:] for d in DATELINES], ids=[d[0] for d in DATELINES])
def test_publication_line(line, published):
    doc = segment(f"Hội nghị sơ kết công tác Hội\n{line}\nSở Y tế tổ chức hội nghị.\n", words=False)
    assert doc.lines[1].kind == "dateline"
    assert find_metadata(doc).published == published


BYLINES = [
    ("name alone", "Kiều Diễm", "Kiều Diễm"),
    ("with outlet", "(Theo Lê Thúy/NLĐO)", "Lê Thúy"),
    ("agency at paragraph end", "Hai bên thống nhất kế hoạch năm tới. Phúc Hằng (TTXVN)", "Phúc Hằng"),
    ("upper case", "MINH ANH", "MINH ANH"),
    ("labelled", "Tác giả: Hoài Thu", "Hoài Thu"),
    ("name closing the paragraph", "Hai bên ký biên bản ghi nhớ. Thảo Nguyên", "Thảo Nguyên"),
    ("name and outlet closing the paragraph", "Hội nghị kết thúc./. Văn Hậu/VOV", "Văn Hậu"),
]


@pytest.mark.parametrize("last, author", [b[1:] for b in BYLINES], ids=[b[0] for b in BYLINES])
def test_byline(last, author):
    doc = segment(f"Hội nghị sơ kết\nSở Y tế tổ chức hội nghị sơ kết công tác quý I.\n{last}\n", words=False)
    assert find_metadata(doc).author == author
    assert author in [span.text for span in doc.credits]


NOT_BYLINES = [
    ("sentence", "Hội nghị kết thúc lúc 17 giờ cùng ngày."),
    ("heading of an organisation", "Ban Tuyên giáo Tỉnh ủy"),
    ("photo credit", "Đại biểu tham quan gian hàng - Ảnh: MINH ANH"),
    ("a person under the last photo", "Ông Lê Văn Hòa"),
    ("a source, not an author", "Hội nghị kết thúc tốt đẹp. Theo TTXVN"),
]


@pytest.mark.parametrize("last", [b[1] for b in NOT_BYLINES], ids=[b[0] for b in NOT_BYLINES])
def test_not_a_byline(last):
    doc = segment(f"Hội nghị sơ kết\nSở Y tế tổ chức hội nghị sơ kết công tác quý I.\n{last}\n", words=False)
    assert find_metadata(doc).author is None


CAPTIONS = [
    ("dash credit", "Quang cảnh hội nghị. Ảnh - Thu Hà", "Thu Hà"),
    ("colon credit", "Các đại biểu bấm nút khởi động chương trình. Ảnh: T.L", "T.L"),
    ("agency", "Đồng chí Bí thư Tỉnh ủy trao quà cho gia đình chính sách. Ảnh: Văn Dũng/TTXVN", "Văn Dũng/TTXVN"),
]


@pytest.mark.parametrize("line, credit", [c[1:] for c in CAPTIONS], ids=[c[0] for c in CAPTIONS])
def test_caption_and_credit(line, credit):
    doc = segment(f"Hội nghị sơ kết\n{line}\nSở Y tế tổ chức hội nghị sơ kết công tác quý I.\n", words=False)
    assert doc.lines[1].kind == "caption"
    assert [span.text for span in doc.credits] == [credit]


REPORT_CREDITS = [
    ("tin, ảnh", "Sở Y tế tổ chức hội nghị sơ kết công tác quý I. Tin, ảnh: Hồng Nhung"),
    ("bài và ảnh", "Hội nghị kết thúc lúc 17 giờ cùng ngày với nhiều kết quả đáng mừng. Bài và ảnh: Minh Tâm (TTXVN)"),
]


@pytest.mark.parametrize("line", [r[1] for r in REPORT_CREDITS], ids=[r[0] for r in REPORT_CREDITS])
def test_a_paragraph_ending_with_a_report_credit_is_body(line):
    doc = segment(f"Hội nghị sơ kết\n{line}\nĐại biểu thảo luận.\n", words=False)
    assert doc.lines[1].kind == "body"


def test_credit_glued_to_a_paragraph_is_still_a_credit():
    doc = segment("Tiêu đề\nĐại biểu trồng cây. Ảnh: Hữu Tình/TTXVN Trong không khí đầu xuân, hội nghị diễn ra.\n", words=False)
    assert [span.text for span in doc.credits] == ["Hữu Tình/TTXVN"]


NOISE = [("reply", "Trả lời"), ("share", "Chia sẻ"), ("print", "In bài viết"), ("padded", "   Bình luận  ")]


@pytest.mark.parametrize("noise", [n[1] for n in NOISE], ids=[n[0] for n in NOISE])
def test_portal_noise_lines_are_dropped(noise):
    assert normalise(f"Tiêu đề\nNội dung bài viết.\n{noise}\n") == "Tiêu đề\nNội dung bài viết.\n"


def test_noise_words_inside_a_sentence_stay():
    assert "Trả lời" in normalise("Tiêu đề\nÔng Hùng trả lời báo chí. Trả lời câu hỏi, ông nói rõ.\n")


def test_normalise_makes_nfc_and_unix_lines():
    assert normalise("Ho\u0300a Bi\u0300nh\r\nSở Y tế\r\n") == "Hòa Bình\nSở Y tế\n"


def test_words_keep_lexicon_names_whole_and_offsets_exact():
    text = "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ."
    doc = segment(text)
    tokens = [t.text for t in doc.sentences[0].tokens]
    assert "Tỉnh ủy" in tokens and "Ban Thường vụ" in tokens
    assert all(text[t.start:t.end] == t.text for t in doc.sentences[0].tokens)
