"""Part-of-speech tags: our feature builder gives exactly underthesea's features, so exactly its tags.

Each row is a sentence of our own in the style of the genre, chosen for a
feature the templates read: words with spaces (bigrams of compounds),
capitals and title case (``istitle``), digits and punctuation, the first
three words (the ``BOS`` of the ``[1]`` column), and sentences of one to
three words, where ``BOS`` and ``EOS`` meet.
"""

from pathlib import Path

import pytest
from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

from extract.read import postag, segment
from extract.read.load import read_article

SENTENCES = [
    ("body and verb", "Sở Tài chính tỉnh Bình Định tổ chức hội nghị tổng kết công tác năm 2024."),
    ("title and name", "Phó Chủ tịch UBND tỉnh Nguyễn Văn Hùng phát biểu chỉ đạo hội nghị."),
    ("dates and times", "Sáng 12/3/2019, lúc 8h30, đoàn công tác đến thăm xã Tân Lập."),
    ("numbers", "Năm 2023, toàn tỉnh có 1.250 hộ thoát nghèo, đạt 105% kế hoạch."),
    ("abbreviations", "TP.HCM và Tp. Hà Nội ký kết với Sở GD&ĐT về chương trình phối hợp."),
    ("quotes and brackets", "Chương trình \"Ngày hội Đại đoàn kết\" (lần thứ 3) thu hút đông đảo nhân dân."),
    ("colon", "Chủ đề: Đoàn kết - Đổi mới - Phát triển."),
    ("all capitals", "HỘI NGHỊ SƠ KẾT CÔNG TÁC PHỐI HỢP NĂM 2024"),
    ("lower-case tail of a body", "Trung tâm Nghiên cứu và ứng dụng khoa học công nghệ đã ký kết thỏa thuận."),
    ("three words", "Ông Hùng phát biểu"),
    ("two words", "Hội nghị bế mạc"),
    ("one word", "Kiều"),
]


def _words(sentence: str) -> list[str]:
    return segment.words(sentence)


def _underthesea(words: list[str]) -> list[str]:
    return [tag for _, tag in CRFPOSTagPredictor.Instance().predict(words)]


@pytest.mark.parametrize("sentence", [s[1] for s in SENTENCES], ids=[s[0] for s in SENTENCES])
def test_features_are_underthesea_features(sentence):
    words = _words(sentence)
    transformer = CRFPOSTagPredictor.Instance().transformer
    assert postag.features(words) == transformer.transform([[(w, "X") for w in words]])[0][0]


@pytest.mark.parametrize("sentence", [s[1] for s in SENTENCES], ids=[s[0] for s in SENTENCES])
def test_tags_are_underthesea_tags(sentence):
    words = _words(sentence)
    assert postag._tagger()(words) == _underthesea(words)


@pytest.mark.parametrize("seed", sorted(Path("data/raw").glob("*.txt")), ids=lambda p: p.stem)
def test_seed_sentences_tag_as_underthesea(seed):
    """Every sentence of the two seed articles, as the pipeline cuts them."""
    doc = segment.segment(read_article(seed).text)
    for sentence in doc.sentences:
        words = [t.text for t in sentence.tokens]
        if words:
            assert postag._tagger()(words) == _underthesea(words), sentence.text


QUIRKS = [
    ("lower", "nay"), ("title", "Hà"), ("capitals", "UBND"), ("compound", "Tỉnh ủy"), ("both title", "Hà Nội"),
    ("digit", "2024"), ("punctuation", ","), ("quote", "\""), ("apostrophe", "H'Mông"), ("empty", ""),
    ("double space", "Hà  Nội"), ("lower after space", "Hà nội"), ("titlecase letter", "ǅ"),
]


@pytest.mark.parametrize("word", [q[1] for q in QUIRKS], ids=[q[0] for q in QUIRKS])
def test_istitle_is_underthesea_istitle(word):
    from underthesea.pipeline.pos_tag.tagged_feature import text_istitle

    assert postag._is_title(word) == text_istitle(word)


def test_the_fast_features_are_in_use():
    """underthesea's templates are the ones we know, so its slow featurizer is not used."""
    assert tuple(CRFPOSTagPredictor.Instance().transformer.template) == postag.TEMPLATES


def test_tags_are_keyed_by_word_start():
    doc = segment.segment("Ông Hùng phát biểu.")
    sentence = doc.sentences[0]
    tagged = postag.tags(sentence)
    assert sorted(tagged) == [t.start for t in sentence.tokens]
    assert list(tagged.values()) == _underthesea([t.text for t in sentence.tokens])


def test_other_templates_fall_back_to_underthesea(monkeypatch):
    """When underthesea's templates are not the ones :func:`postag.features` builds, its own featurizer is used."""
    predictor = CRFPOSTagPredictor.Instance()
    monkeypatch.setattr(predictor.transformer, "template", [*postag.TEMPLATES, "T[0].isdigit"])
    postag._tagger.cache_clear()
    try:
        words = _words("Ông Hùng phát biểu tại hội nghị.")
        called = []
        monkeypatch.setattr(predictor, "predict", lambda ws: called.append(ws) or [(w, "N") for w in ws])
        assert postag._tagger()(words) == ["N"] * len(words)
        assert called == [words]
    finally:
        postag._tagger.cache_clear()
