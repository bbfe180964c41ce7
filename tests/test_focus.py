"""Focus areas: the policy areas an article says it is about, weighted by where it says so."""

import pytest

from extract.find.agreements import find_agreements
from extract.find.dates import find_dates
from extract.find.events import find_events
from extract.find.focus import find_focus_areas
from extract.read.load import normalise
from extract.read.segment import segment

PLAIN_HEADLINE = "Tin hoạt động của các cơ quan trong tỉnh"
PLAIN_LEAD = "Bản tin sáng nay có nhiều nội dung."


def areas(body, headline=PLAIN_HEADLINE):
    text = normalise(f"{headline}\n\n{body}\n")
    doc = segment(text)
    dates = find_dates(doc, published=None)
    return text, find_focus_areas(doc, find_events(doc, dates, [], []), find_agreements(doc, dates, [], []))


def labels(body, headline=PLAIN_HEADLINE):
    return [a.label for a in areas(body, headline)[1] if a.label != "other"]


def event_about(topic):
    return f"Sáng 3/3/2023, Sở Lao động – Thương binh và Xã hội tổ chức hội nghị triển khai công tác {topic} năm 2023."


# One cue in the name of a reported event: the social-affairs labels of v1.0.
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
def test_cue_in_the_event_name(topic, label):
    assert label in labels(event_about(topic))


# A headline of our own for every label; the body says nothing of its area.
HEADLINES = [
    ("employment", "Hơn 2.000 lao động tìm được việc làm qua sàn giao dịch", "employment"),
    ("vocational_training", "Nâng cao chất lượng đào tạo nghề cho người lao động", "vocational_training"),
    ("labour_export", "Tư vấn xuất khẩu lao động sang Nhật Bản", "labour_export"),
    ("meritorious_people", "Thăm, tặng quà gia đình chính sách dịp 27/7", "meritorious_people"),
    ("child_protection", "Tháng hành động vì trẻ em năm 2023", "child_protection"),
    ("gender_equality", "Tuyên truyền bình đẳng giới ở vùng cao", "gender_equality"),
    ("social_evils_prevention", "Triệt phá đường dây mua bán người qua biên giới", "social_evils_prevention"),
    ("social_protection", "Trao xe lăn cho người khuyết tật", "social_protection"),
    ("poverty_reduction", "Hỗ trợ hộ nghèo làm nhà mới", "poverty_reduction"),
    ("occupational_safety", "Phòng ngừa tai nạn lao động trong ngành xây lắp", "occupational_safety"),
    ("labour_relations", "Điều chỉnh lương tối thiểu vùng từ tháng 7", "labour_relations"),
    ("legal_education", "Phổ biến pháp luật cho đồng bào dân tộc thiểu số", "legal_education"),
    ("youth_work", "Ra quân chiến dịch Mùa hè xanh", "youth_work"),
    ("entrepreneurship", "Sinh viên khởi nghiệp với sản phẩm từ tre", "entrepreneurship"),
    ("health", "Tăng cường tiêm chủng mở rộng", "health"),
    ("education", "Học sinh vùng lũ trở lại trường học", "education"),
    ("culture_sports", "Khai mạc giải vô địch cờ tướng", "culture_sports"),
    ("party_building", "Đẩy mạnh xây dựng Đảng ở cơ sở", "party_building"),
    ("public_administration", "Cắt giảm thủ tục hành chính cho người dân", "public_administration"),
    ("elected_bodies", "Đại biểu tiếp xúc cử tri ba xã vùng ven", "elected_bodies"),
    ("foreign_affairs", "Thúc đẩy quan hệ hữu nghị với các nước láng giềng", "foreign_affairs"),
    ("economy_investment", "Thu hút đầu tư vào khu công nghiệp phía nam", "economy_investment"),
    ("agriculture_rural", "Nông dân trúng mùa lúa đông xuân", "agriculture_rural"),
    ("infrastructure_transport", "Thông xe đường cao tốc nối hai tỉnh", "infrastructure_transport"),
    ("environment_resources", "Xử lý chất thải ở các làng nghề", "environment_resources"),
    ("security_defence", "Bảo đảm an ninh trật tự dịp cuối năm", "security_defence"),
    ("science_technology", "Đẩy nhanh chuyển đổi số ở cấp xã", "science_technology"),
    ("tourism", "Lượng du khách đến tỉnh tăng mạnh", "tourism"),
    ("emulation_awards", "Trao bằng khen cho 20 tập thể", "emulation_awards"),
]


@pytest.mark.parametrize("headline, label", [x[1:] for x in HEADLINES], ids=[x[0] for x in HEADLINES])
def test_headline_names_the_area(headline, label):
    assert labels(PLAIN_LEAD, headline=headline) == [label]


# The lead: the first sentence of the first paragraph.
LEADS = [
    ("party_building", "Chiều 5/4/2024, Đảng ủy xã tổ chức lễ kết nạp đảng viên mới.", "party_building"),
    ("public_administration", "Huyện vừa hoàn thành việc sắp xếp đơn vị hành chính cấp xã.", "public_administration"),
    ("public_administration personnel", "Tỉnh vừa miễn nhiệm một Phó Giám đốc Sở.", "public_administration"),
    ("education", "Năm học này, huyện tuyển thêm 40 giáo viên.", "education"),
    ("health", "Trung tâm y tế huyện đã chuyển hai bệnh nhân lên tuyến trên.", "health"),
    ("elected_bodies", "Sáng 9/7/2024, HĐND huyện khai mạc kỳ họp thứ 12.", "elected_bodies"),
    ("foreign_affairs", "Sáng 9/7/2024, lãnh đạo tỉnh tiếp Đại sứ một nước châu Âu.", "foreign_affairs"),
    ("economy_investment", "Kim ngạch xuất khẩu của tỉnh tăng 12% so với cùng kỳ.", "economy_investment"),
    ("agriculture_rural", "Năm nay, xã có thêm ba thôn đạt chuẩn nông thôn mới.", "agriculture_rural"),
    ("infrastructure_transport", "Công tác giải phóng mặt bằng cho tuyến tránh đã xong.", "infrastructure_transport"),
    ("environment_resources", "Các xã ven biển chủ động ứng phó với biến đổi khí hậu.", "environment_resources"),
    ("security_defence", "Công an huyện vừa khởi tố vụ án trộm cắp tài sản.", "security_defence"),
    ("science_technology", "Tỉnh đưa trí tuệ nhân tạo vào giải quyết hồ sơ.", "science_technology"),
    ("tourism", "Mùa hè năm nay, các công ty lữ hành mở thêm tuyến mới.", "tourism"),
    ("emulation_awards", "Tỉnh phát động phong trào thi đua cao điểm.", "emulation_awards"),
]


@pytest.mark.parametrize("lead, label", [x[1:] for x in LEADS], ids=[x[0] for x in LEADS])
def test_lead_names_the_area(lead, label):
    assert labels(lead) == [label]


# A word met once in passing makes no label; the same word where the article says what it is about does.
PASSING = [
    ("pupils among the performers",
     "Sáng 3/3/2023, Huyện đoàn tổ chức lễ ra quân Mùa hè xanh. Tiết mục văn nghệ do học sinh trường tiểu học "
     "biểu diễn được khán giả cổ vũ.", ["youth_work"]),
    ("art in a planned exhibition",
     "Sáng 3/3/2023, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác năm. Dịp tới, hội dự kiến mở một "
     "triển lãm nghệ thuật nhỏ.", []),
    ("children worried by prices",
     "Sáng 3/3/2023, Sở Công Thương tổ chức hội nghị xúc tiến thương mại. "
     "Giá rau xanh tăng nhẹ khiến nhiều gia đình có trẻ em lo lắng.", ["economy_investment"]),
    ("one body sentence on floods",
     "Sáng 3/3/2023, Liên đoàn Lao động tỉnh tổ chức hội nghị về tiền lương. Năm qua, tỉnh chịu nhiều thiệt hại "
     "do thiên tai. Các đại biểu đề xuất sửa quy chế chi trả.", ["labour_relations"]),
]


@pytest.mark.parametrize("body, expected", [x[1:] for x in PASSING], ids=[x[0] for x in PASSING])
def test_passing_words_make_no_label(body, expected):
    assert labels(body) == expected


def test_a_topic_the_body_keeps_coming_back_to_counts():
    body = (f"{PLAIN_LEAD} Người dân mong muốn con đường liên xã sớm được sửa. Mùa mưa, con đường lầy lội. "
            "Tỉnh dự kiến nâng cấp giao thông nông thôn. Vốn cho giao thông lấy từ ngân sách huyện. "
            "Hạ tầng giao thông đã xuống cấp. Huyện cũng lên phương án phân luồng giao thông.")
    assert "infrastructure_transport" in labels(body)


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


def test_a_list_of_fields_in_the_report_counts_each_field():
    body = ("Sáng 3/3/2023, UBND tỉnh tổ chức hội nghị sơ kết hợp tác với tỉnh bạn trên nhiều lĩnh vực như y tế, "
            "văn hoá, giáo dục.")
    assert set(labels(body)) >= {"health", "culture_sports", "education"}


def test_the_topic_of_the_reported_meeting_counts():
    body = (f"{PLAIN_LEAD} Chiều 4/4/2023, Thành ủy tổ chức hội nghị công bố quyết định về công tác cán bộ. "
            "Dự hội nghị có lãnh đạo các sở, ngành.")
    assert labels(body) == ["public_administration"]


def test_names_of_bodies_do_not_count_in_the_body():
    body = "Sáng 3/3/2023, Sở Y tế phối hợp với Sở Văn hóa và Thể thao tổ chức hội nghị giao ban."
    assert labels(body) == []


BODY_NAMES = [
    ("a national body in a title",
     "Sáng 3/3/2023, Phó Chủ tịch Quốc hội dự hội nghị tổng kết của Hội Nông dân tỉnh. Phó Chủ tịch Quốc hội "
     "phát biểu chỉ đạo. Ông cũng gặp Chủ tịch HĐND tỉnh.", "elected_bodies"),
    ("a capital inside the words", "Sáng 3/3/2023, Đại hội đại biểu toàn quốc Hội Cựu chiến binh khai mạc.",
     "elected_bodies"),
]


@pytest.mark.parametrize("body, label", [x[1:] for x in BODY_NAMES], ids=[x[0] for x in BODY_NAMES])
def test_bodies_named_in_passing_make_no_label(body, label):
    assert label not in labels(body)


def test_a_body_named_in_the_headline_counts_weakly():
    assert labels(PLAIN_LEAD, headline="Hội Nông dân tỉnh tổng kết năm") == []
    assert labels(PLAIN_LEAD, headline="Hội Nông dân tỉnh bàn cách tiêu thụ nông sản") == ["agriculture_rural"]


def test_discussion_at_the_event_counts():
    body = ("Sáng 3/3/2023, Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị sơ kết. "
            "Tại hội nghị, các đại biểu đã thảo luận về công tác bình đẳng giới ở cơ sở.")
    assert labels(body) == ["gender_equality"]


def test_what_the_signed_rules_cover_counts():
    body = ("Chiều 20/6/2022, Sở Lao động – Thương binh và Xã hội và Liên đoàn Lao động tỉnh đã ký kết quy chế phối hợp "
            "giai đoạn 2022-2026. Theo quy chế, hai bên phối hợp giải quyết tranh chấp về tiền lương của người lao động.")
    assert labels(body) == ["labour_relations"]


def test_advice_given_at_the_event_counts():
    body = ("Sáng 5/3/2024, Trung tâm Dịch vụ việc làm tổ chức phiên giao dịch việc làm lưu động. "
            "Tại phiên giao dịch, người lao động được tư vấn về xuất khẩu lao động.")
    assert labels(body) == ["employment", "labour_export"]


def test_other_alone_at_the_headline_when_nothing_fits():
    text, found = areas("Trời nắng nóng kéo dài ở nhiều địa phương.", headline="Nắng nóng kéo dài")
    assert [(a.label, a.text) for a in found] == [("other", "Nắng nóng kéo dài")]


def test_each_area_keeps_the_phrase_that_decided_it():
    text, found = areas("Năm nay, xã có thêm ba thôn đạt chuẩn nông thôn mới.",
                        headline="Thu hút đầu tư vào khu công nghiệp")
    assert {a.label: a.text for a in found} == {"economy_investment": "Thu hút đầu tư",
                                               "agriculture_rural": "nông thôn mới"}
    assert all(text[a.span.start:a.span.end] == a.text for a in found)


def test_one_phrase_cueing_two_labels_gives_them_in_label_order(monkeypatch):
    """"buôn lậu" cues two labels at one span; their order may not hang on how a set of labels iterates."""
    from extract.find import focus

    headline = "Ra quân chống buôn lậu trên tuyến biên giới"
    forward = areas(PLAIN_LEAD, headline)[1]
    totals = focus._totals
    monkeypatch.setattr(focus, "_totals", lambda votes: dict(reversed(totals(votes).items())))
    assert [a.label for a in areas(PLAIN_LEAD, headline)[1]] == [a.label for a in forward]
    assert [a.label for a in forward] == ["economy_investment", "security_defence"]


TRIE_PHRASES = [["an", "ninh"], ["an", "toàn"], ["an", "toàn", "lao", "động"], ["anh", "hùng"], ["y", "tế"],
                ["y"], ["gd&đt"], ["gd"], ["giáo", "dục"], ["giáo", "dục", "đào", "tạo"], ["kt", "xh"]]
TRIE_TEXTS = [
    ("phrases after one another", "an toàn lao động, an ninh, y tế, an toàn"),
    ("a word that is the start of another", "Anh hùng lao động và an ninh trật tự"),
    ("a phrase cut short", "an toàn, giáo dục - đào tạo và giáo dục"),
    ("an abbreviation with &", "Sở GD&ĐT và phòng GD huyện"),
    ("a cue inside a longer word", "anhhùng, yte, kt-xh, KT XH"),
    ("capitals", "AN TOÀN LAO ĐỘNG VÀ Y TẾ"),
]


@pytest.mark.parametrize("text", [t[1] for t in TRIE_TEXTS], ids=[t[0] for t in TRIE_TEXTS])
def test_the_letter_trie_matches_as_the_flat_alternation(text):
    """The cue pattern is the flat alternation of every phrase, longest first, written letter by letter."""
    import re

    from extract.find.focus import _SEPARATOR, _trie

    flat = "|".join(_SEPARATOR.join(map(re.escape, words)) for words in sorted(TRIE_PHRASES, key=len, reverse=True))
    found = [m.group() for m in re.finditer(rf"(?<!\w)(?:{_trie(TRIE_PHRASES)})(?!\w)", text, re.I)]
    assert found == [m.group() for m in re.finditer(rf"(?<!\w)(?:{flat})(?!\w)", text, re.I)]
