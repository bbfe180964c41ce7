"""The two seed articles, end to end: reviewed facts, and the whole record against its golden file.

After a deliberate change, `make golden` rewrites the golden files; review the diff before committing.
"""

import json

import pytest

from regenerate_golden import GOLDEN, comparable

SIGNING, CONFERENCE = "000_6802fb13855332be", "002_ad5d0bc4d9f3a55f"


def test_signing_ceremony_metadata(seed_articles):
    article = seed_articles[SIGNING]
    assert article.title.startswith("Lễ ký kết chương trình phối hợp công tác giữa Đoàn TNCS Hồ Chí Minh")
    assert (article.section, article.published, article.author) == ("Tin tức 2017", None, None)
    assert not article.text.rstrip().endswith("Trả lời")


def test_signing_ceremony_dates(seed_articles):
    found = {(d.value, d.end_value, d.part_of_day) for d in seed_articles[SIGNING].dates}
    assert found == {("2017-05-26", None, "afternoon"), ("2017", "2020", None), ("2012", "2017", None)}


def test_conference_metadata_and_dates(seed_articles):
    article = seed_articles[CONFERENCE]
    assert (article.section, article.published, article.author) == (None, "2017-03-21", "Kiều Diễm")
    found = {(d.value, d.end_value) for d in article.dates}
    assert found == {("2017-03-21", None), ("2017-03-16", None), ("2016", "2020")}
    assert article.warnings == []


@pytest.mark.parametrize("doc_id", [SIGNING, CONFERENCE])
def test_whole_record_matches_golden_file(seed_articles, doc_id):
    expected = json.loads((GOLDEN / f"{doc_id}.json").read_text(encoding="utf-8"))
    assert comparable(json.loads(seed_articles[doc_id].model_dump_json())) == expected, "run `make golden` and review"
