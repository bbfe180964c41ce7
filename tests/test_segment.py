"""Word segmentation: our fast path cuts exactly as underthesea's ``word_tokenize`` with our fixed words.

Each row is a sentence of our own in the style of the genre, chosen for a
feature the CRF reads: fixed words, capitals, numbers (big ones too: the
featurizer's ``isdigit`` is "parses as a 32-bit integer"), dates,
abbreviations, punctuation, one-word and empty sentences.
"""

import pytest
from underthesea import word_tokenize

from extract.read import segment
from extract.models import Doc, Sentence

SENTENCES = [
    ("fixed words", "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 5."),
    ("title and name", "Phó Chủ tịch UBND tỉnh Nguyễn Văn Hùng phát biểu chỉ đạo hội nghị."),
    ("dates and times", "Sáng 12/3/2019, lúc 8h30, đoàn công tác đến thăm xã Tân Lập."),
    ("small numbers", "Năm 2023, toàn tỉnh có 1.250 hộ thoát nghèo, đạt 105% kế hoạch."),
    ("big number", "Số điện thoại đường dây nóng là 2606000090 và -15 là nhiệt độ thấp nhất."),
    ("abbreviations", "TP.HCM và Tp. Hà Nội ký kết với Sở GD&ĐT về chương trình phối hợp."),
    ("quotes and brackets", "Chương trình \"Ngày hội Đại đoàn kết\" (lần thứ 3) thu hút đông đảo nhân dân."),
    ("hyphen and slash", "Giai đoạn 2021-2025, Hội Nông dân/Tỉnh đoàn phối hợp thực hiện."),
    ("all capitals", "HỘI NGHỊ SƠ KẾT CÔNG TÁC PHỐI HỢP NĂM 2024"),
    ("one word", "Kiều"),
    ("long", "Tại hội nghị, các đại biểu đã thảo luận, đánh giá kết quả thực hiện nhiệm vụ chính trị, "
             "công tác xây dựng Đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội, "
             "đồng thời đề ra phương hướng, nhiệm vụ trọng tâm trong thời gian tới."),
]


@pytest.mark.parametrize("sentence", [s[1] for s in SENTENCES], ids=[s[0] for s in SENTENCES])
def test_words_are_underthesea_words(sentence):
    assert segment.words(sentence) == word_tokenize(sentence, fixed_words=list(segment._fixed_words()))


def test_the_fast_tagger_is_in_use():
    """underthesea's model file is read by extract.read.wordcrf, not the slow fallback."""
    assert getattr(segment._word_tagger(), "__self__", None) is not None


@pytest.mark.parametrize("sentence", ["", "   ", "..."], ids=["empty", "blanks", "dots only"])
def test_degenerate_sentences(sentence):
    assert segment.words(sentence) == word_tokenize(sentence, fixed_words=list(segment._fixed_words()))


def _doc():
    sentences = tuple(Sentence(start, end, "x" * (end - start), "body") for start, end in [(0, 10), (11, 20), (25, 30)])
    return Doc(text="x" * 30, lines=(), sentences=sentences)


AT = [("first start", 0, 0), ("inside first", 9, 0), ("gap after first", 10, None), ("second", 11, 1),
      ("gap", 22, None), ("last", 29, 2), ("past the end", 30, None), ("negative", -1, None)]


@pytest.mark.parametrize("offset, index", [a[1:] for a in AT], ids=[a[0] for a in AT])
def test_sentence_at(offset, index):
    doc = _doc()
    assert doc.sentence_at(offset) == (None if index is None else doc.sentences[index])


QUIRKS = [
    ("small", "12"), ("signed", "-1"), ("plus", "+7"), ("int32 max", "2147483647"), ("past int32", "2147483648"),
    ("phone number", "2606000090"), ("superscript", "²"), ("full width", "１２"), ("thousands", "1.250"),
    ("comma", ","), ("fixed word", "Tỉnh ủy"), ("capitals", "UBND"), ("lower", "nay"), ("title", "Hà"),
    ("abbreviation", "Tp."), ("apostrophe", "H'Mông"), ("open quote", "\""),
]


@pytest.mark.parametrize("token", [q[1] for q in QUIRKS], ids=[q[0] for q in QUIRKS])
def test_token_tests_match_underthesea_featurizer(token):
    """isdigit and istitle as underthesea_core computes them, which is not as Python's str does."""
    from extract.read.wordcrf import _is_int32, _is_title

    features = segment._word_model().featurizer.process([[[token]]])[0][0]
    value = {f.split("=", 1)[0]: f.split("=", 1)[1] for f in features}
    assert (str(_is_int32(token)), str(_is_title(token))) == (value["T[0].isdigit"], value["T[0].istitle"])


def test_unknown_model_falls_back(tmp_path):
    """Other templates or a file that is no CRFsuite model: no fast CRF (segment then uses underthesea's)."""
    from extract.read import wordcrf

    (tmp_path / "models.bin").write_bytes(b"not a model at all" * 4)
    assert wordcrf.load(tmp_path, list(wordcrf.TEMPLATES), set()) is None
    assert wordcrf.load(tmp_path, ["T[0]", "T[1]"], set()) is None


@pytest.mark.parametrize("before, after", [
    ("", "[]"),
    ("logging.basicConfig(format='app: %(message)s'); ", "['app: %(message)s']"),
], ids=["no handler stays none", "the application's own handler stays"])
def test_importing_the_pipeline_leaves_root_logging_alone(before, after):
    """underthesea configures the root logger on import; the pipeline undoes it (else Dask's INFO lines print)."""
    import subprocess
    import sys

    code = (f"import logging; {before}import extract.pipeline; "
            "print([h.formatter._fmt for h in logging.root.handlers])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == after
