"""Focus areas: the policy areas the headline, events and agreements centre on."""

import pytest

from extract.find.agreements import find_agreements
from extract.find.dates import find_dates
from extract.find.events import find_events
from extract.find.focus import find_focus_areas
from extract.read.load import normalise
from extract.read.segment import segment

PLAIN_HEADLINE = "Tin hoạt động của các cơ quan trong tỉnh"


def labels(body, headline=PLAIN_HEADLINE):
    doc = segment(normalise(f"{headline}\n\n{body}\n"))
    dates = find_dates(doc, published=None)
    areas = find_focus_areas(doc, find_events(doc, dates, [], []), find_agreements(doc, dates, [], []))
    return [a.label for a in areas if a.label != "other"]


def event_about(topic):
    return f"Sáng 3/3/2023, Sở Lao động – Thương binh và Xã hội tổ chức hội nghị triển khai công tác {topic} năm 2023."


LABELS = [
    ("employment", "giải quyết việc làm", "employment"),
    ("vocational_training", "giáo dục nghề nghiệp", "vocational_training"),
    ("labour_export", "xuất khẩu lao động", "labour_export"),
    ("meritorious_people", "đền ơn đáp nghĩa", "meritorious_people"),
    ("child_protection", "bảo vệ, chăm sóc trẻ em", "child_protection"),
    ("gender_equality", "bình đẳng giới", "gender_equality"),
    ("social_evils_prevention", "phòng, chống tệ nạn xã hội", "social_evils_prevention"),
    ("social_protection", "bảo trợ xã hội", "social_protection"),
    ("poverty_reduction", "giảm nghèo bền vững", "poverty_reduction"),
    ("occupational_safety", "an toàn, vệ sinh lao động", "occupational_safety"),
    ("labour_relations", "tiền lương và quan hệ lao động", "labour_relations"),
    ("legal_education", "phổ biến, giáo dục pháp luật", "legal_education"),
    ("youth_work", "thanh niên tình nguyện", "youth_work"),
    ("entrepreneurship", "hỗ trợ thanh niên khởi nghiệp", "entrepreneurship"),
    ("education", "tuyển sinh đầu cấp", "education"),
    ("health", "khám chữa bệnh cho người nghèo", "health"),
    ("culture_sports", "văn hóa, thể thao", "culture_sports"),
]


@pytest.mark.parametrize("topic, label", [x[1:] for x in LABELS], ids=[x[0] for x in LABELS])
def test_cue_in_the_event_sentence(topic, label):
    assert label in labels(event_about(topic))


VARIANTS = [
    ("without the comma", "phòng chống tệ nạn xã hội", ["social_evils_prevention"]),
    ("abbreviated", "phòng chống TNXH", ["social_evils_prevention"]),
    ("new tone placement", "văn hoá cơ sở", ["culture_sports"]),
    ("longest cue wins", "giáo dục nghề nghiệp", ["vocational_training"]),
    ("one per label", "trẻ em và quyền trẻ em", ["child_protection"]),
]


@pytest.mark.parametrize("topic, expected", [x[1:] for x in VARIANTS], ids=[x[0] for x in VARIANTS])
def test_variants(topic, expected):
    assert labels(event_about(topic)) == expected


def test_headline_counts():
    assert labels("Bản tin sáng nay có nhiều nội dung.", headline="Tăng cường công tác giảm nghèo bền vững") == [
        "poverty_reduction"]


def test_names_of_bodies_do_not_count():
    body = "Sáng 3/3/2023, Sở Y tế phối hợp với Sở Văn hóa và Thể thao tổ chức hội nghị giao ban."
    assert labels(body) == []


def test_passing_words_elsewhere_do_not_count():
    body = ("Sáng 3/3/2023, Sở Công Thương tổ chức hội nghị xúc tiến thương mại. "
            "Giá rau xanh tăng nhẹ khiến nhiều gia đình có trẻ em lo lắng.")
    assert labels(body) == []


def test_discussion_at_the_event_counts():
    body = ("Sáng 3/3/2023, Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị sơ kết. "
            "Tại hội nghị, các đại biểu đã thảo luận về công tác bình đẳng giới ở cơ sở.")
    assert labels(body) == ["gender_equality"]


def test_an_article_without_events_or_topic_has_none():
    assert labels("Trời nắng nóng kéo dài ở nhiều địa phương trong tỉnh.") == []


def test_what_the_signed_rules_cover_counts():
    body = ("Chiều 20/6/2022, Sở Lao động – Thương binh và Xã hội và Liên đoàn Lao động tỉnh đã ký kết quy chế phối hợp "
            "giai đoạn 2022-2026. Theo quy chế, hai bên phối hợp giải quyết tranh chấp về tiền lương của người lao động.")
    assert labels(body) == ["labour_relations"]


def test_advice_given_at_the_event_counts():
    body = ("Sáng 5/3/2024, Trung tâm Dịch vụ việc làm tổ chức phiên giao dịch việc làm lưu động. "
            "Tại phiên giao dịch, người lao động được tư vấn về xuất khẩu lao động.")
    assert labels(body) == ["employment", "labour_export"]
