"""Agreements: programmes, memoranda, plans and contracts reported as signed, adopted or launched."""

import pytest

from extract.find.agreements import find_agreements
from extract.find.dates import find_dates
from extract.read.load import normalise
from extract.read.segment import segment

HEADLINE = "Tin hoạt động của các cơ quan trong tỉnh"


def agreements(body, headline=HEADLINE):
    doc = segment(normalise(f"{headline}\n\n{body}\n"))
    return find_agreements(doc, find_dates(doc, published=None), [], [])


KINDS = [
    ("chương trình phối hợp", "Ngày 4/4/2022, hai đơn vị đã ký kết chương trình phối hợp công tác giai đoạn 2022-2025.",
     "cooperation_programme"),
    ("quy chế phối hợp", "Ngày 4/4/2022, Công an tỉnh và Sở Tư pháp đã ký quy chế phối hợp trong công tác hòa giải.",
     "cooperation_programme"),
    ("biên bản ghi nhớ", "Ngày 4/4/2022, hai trường đại học đã ký biên bản ghi nhớ về trao đổi sinh viên.", "memorandum"),
    ("thỏa thuận hợp tác", "Ngày 4/4/2022, hai tỉnh đã ký kết thỏa thuận hợp tác phát triển du lịch.", "memorandum"),
    ("đề án", "Ngày 4/4/2022, UBND huyện đã phê duyệt Đề án phát triển nông nghiệp công nghệ cao.", "plan"),
    ("kế hoạch ban hành", "UBND tỉnh vừa ban hành Kế hoạch thực hiện chương trình chuyển đổi số năm 2022.", "plan"),
    ("hợp đồng", "Ngày 4/4/2022, Công ty Xây dựng số 1 đã ký hợp đồng thi công tuyến đường ven biển.", "contract"),
    ("thỏa thuận đặt mua", "Hãng Vietjet đã ký thỏa thuận đặt mua 20 máy bay với hãng Airbus.", "contract"),
    ("giao ước thi đua", "Các cụm thi đua đã ký giao ước thi đua năm 2022 tại hội nghị.", "other"),
    ("được ký kết after", "Chương trình hợp tác giữa hai tỉnh đã được ký kết vào ngày 4/4/2022.", "cooperation_programme"),
    ("tuyên bố chung", "Sau hội đàm, hai nhà lãnh đạo đã ký Tuyên bố chung về quan hệ đối tác toàn diện.", "other"),
    ("ký kết chương trình X", "Tháng 3/2022, Huyện ủy Phù Mỹ và Thị ủy An Nhơn ký kết chương trình kết nghĩa.",
     "cooperation_programme"),
]


@pytest.mark.parametrize("body, kind", [k[1:] for k in KINDS], ids=[k[0] for k in KINDS])
def test_kind_by_the_documents_word(body, kind):
    assert [a.kind for a in agreements(body)] == [kind]


NOT_SIGNED = [
    ("draft", "Hai bên đã góp ý vào dự thảo biên bản ghi nhớ hợp tác giai đoạn tới."),
    ("plan to sign", "Hai tỉnh sẽ ký kết thỏa thuận hợp tác phát triển du lịch vào tháng tới."),
    ("many", "Năm qua, các doanh nghiệp trong tỉnh đã ký các hợp đồng xuất khẩu nông sản."),
    ("a count of many", "Đã có 3.193 hợp đồng, biên bản ghi nhớ được ký kết tại các phiên kết nối."),
    ("no verb", "Hội nghị đã triển khai kế hoạch thực hiện các chương trình công tác năm 2022."),
    ("thông qua as through", "Thông qua chương trình hợp tác, nhiều sản phẩm đã đến tay người tiêu dùng."),
    ("đăng ký", "Người lao động đăng ký hợp đồng bảo hiểm tại bưu điện xã."),
    ("all of them", "Cam kết lần này sâu hơn tất cả hiệp định đã ký kết trước đó."),
    ("a task", "Phòng Kinh tế tham mưu cho UBND huyện ban hành đề án phát triển cây dược liệu."),
    ("a habit", "Hằng năm, Sở Y tế ký hợp đồng khám bệnh với các bệnh viện tư nhân."),
    ("going on", "Năm 2023, công ty tiếp tục ký hợp đồng cung cấp điện cho khu công nghiệp."),
    ("with many partners", "Trường đã ký kết thỏa thuận hợp tác với nhiều tổ chức trong và ngoài nước."),
    ("asked for", "Đề nghị Bộ Tài chính sớm phê duyệt đề án sắp xếp lại các đơn vị trực thuộc."),
    ("a joint resolution is a legal act", "Ngày 4/4/2022, Ủy ban Trung ương Mặt trận và Chính phủ đã ký Nghị quyết liên "
     "tịch hướng dẫn công tác giám sát."),
    ("signed years before", "Ngày 5/3/2023, lãnh đạo hai tỉnh gặp nhau. Hai bên triển khai Thỏa thuận về kết nối hai nền kinh tế đã ký kết năm 2017 giữa hai "
     "nước."),
    ("said in a quote", "\"Ở nhiều nước, chủ đầu tư ký hợp đồng mua bán trực tiếp với người mua\", ông Tâm cho biết."),
]


@pytest.mark.parametrize("body", [k[1] for k in NOT_SIGNED], ids=[k[0] for k in NOT_SIGNED])
def test_not_an_agreement_reported(body):
    assert agreements(body) == []


PARTIES = [
    ("giữa A và B", "Sáng 2/3/2020, lễ ký kết quy chế phối hợp giữa Sở Tư pháp và Công an tỉnh đã diễn ra.",
     ["Sở Tư pháp", "Công an tỉnh"]),
    ("A và B ký kết", "Ngày 4/4/2022, Tỉnh đoàn và Sở Lao động – Thương binh và Xã hội đã ký kết chương trình phối hợp.",
     ["Tỉnh đoàn", "Sở Lao động – Thương binh và Xã hội"]),
    ("A phối hợp với B tổ chức lễ ký kết", "Ngày 4/4/2022, Hội Nông dân tỉnh phối hợp với Ngân hàng Chính sách xã hội "
     "tổ chức lễ ký kết chương trình phối hợp.", ["Hội Nông dân tỉnh", "Ngân hàng Chính sách xã hội"]),
    ("A ký với B", "Hãng Vietjet đã ký thỏa thuận đặt mua 20 máy bay với hãng Airbus.", ["Vietjet", "Airbus"]),
    ("adopted by", "Ngày 4/4/2022, UBND huyện đã phê duyệt Đề án phát triển nông nghiệp công nghệ cao.",
     ["Ủy ban nhân dân huyện"]),
    ("a name, not a plan word", "Chủ tịch UBND tỉnh Trần Văn Cần và Giám đốc Công ty Sao Mai ký kết thỏa thuận hợp tác "
     "giữa Ủy ban nhân dân tỉnh và Công ty Sao Mai.", ["Ủy ban nhân dân tỉnh", "Công ty Sao Mai"]),
    ("a ceremony is no party", "Lễ ký kết biên bản ghi nhớ về phát triển du lịch xanh đã diễn ra sáng 4/4/2022.", []),
    ("witnesses are not parties", "Thủ tướng và Tổng thống đã chứng kiến lễ ký kết thỏa thuận hợp tác về năng lượng.", []),
]


@pytest.mark.parametrize("body, parties", [p[1:] for p in PARTIES], ids=[p[0] for p in PARTIES])
def test_parties(body, parties):
    assert agreements(body)[0].parties == parties


def test_period_and_signing_day():
    body = "Chiều 26/5/2021, Tỉnh đoàn và Sở Tư pháp đã ký kết chương trình phối hợp công tác giai đoạn 2021-2025."
    found = agreements(body)[0]
    assert (found.signed_on, found.period.start, found.period.end) == ("2021-05-26", "2021", "2025")


def test_headline_and_body_name_one_agreement():
    headline = "Lễ ký kết chương trình phối hợp giữa Tỉnh đoàn và Sở Tư pháp giai đoạn 2021-2025"
    body = ("Chiều 26/5/2021, Tỉnh đoàn phối hợp với Sở Tư pháp tổ chức lễ ký kết chương trình phối hợp công tác "
            "giai đoạn 2021-2025. Chương trình phối hợp này đã được ký kết sau nhiều tháng chuẩn bị.")
    assert [a.kind for a in agreements(body, headline=headline)] == ["cooperation_programme"]


def test_two_contracts_with_different_parties_stay_apart():
    body = ("Hãng Vietjet đã ký thỏa thuận đặt mua 20 máy bay với hãng Airbus. "
            "Hãng Bamboo Airways cũng đã ký thỏa thuận đặt mua 10 máy bay với hãng Boeing.")
    assert [a.parties for a in agreements(body)] == [["Vietjet", "Airbus"], ["Bamboo Airways", "Boeing"]]


def test_span_is_the_reporting_sentence():
    body = "Mở đầu bản tin hôm nay. Ngày 4/4/2022, hai tỉnh đã ký kết thỏa thuận hợp tác phát triển du lịch."
    assert agreements(body)[0].span.text.startswith("Ngày 4/4/2022")


def test_the_day_a_document_gives_itself():
    body = ("Sau khi Tỉnh ủy ban hành Chỉ thị ngày 2/1/2023, UBND tỉnh đã ban hành Kế hoạch số 15/KH-UBND ngày "
            "20/1/2023 về chuyển đổi số.")
    assert agreements(body)[0].signed_on == "2023-01-20"


def test_parties_the_organisation_stage_read():
    from extract.models import Organization, Span

    text = normalise(f"{HEADLINE}\n\nNgày 4/4/2022, Hải quan Đà Nẵng và VLA đã ký kết quy chế phối hợp.\n")
    doc = segment(text)
    customs, vla = text.index("Hải quan Đà Nẵng"), text.index("VLA")
    bodies = [Organization(name="Cục Hải quan thành phố Đà Nẵng", aliases=["Hải quan Đà Nẵng"],
                           mentions=[Span.of(text, customs, customs + len("Hải quan Đà Nẵng"))]),
              Organization(name="Hiệp hội Doanh nghiệp Logistics Việt Nam", aliases=["VLA"],
                           mentions=[Span.of(text, vla, vla + 3)])]
    found = find_agreements(doc, find_dates(doc, published=None), [], bodies)[0]
    assert found.parties == ["Cục Hải quan thành phố Đà Nẵng", "Hiệp hội Doanh nghiệp Logistics Việt Nam"]


def test_a_party_the_organisation_stage_read_past_ve():
    from extract.find.organizations import find_organizations

    text = normalise(f"{HEADLINE}\n\nHai Thủ tướng chứng kiến lễ ký kết các văn kiện: Quy chế hoạt động của Ủy ban liên "
                     "Chính phủ Việt Nam – Séc về hợp tác kinh tế; Bản ghi nhớ về du lịch.\n")
    doc = segment(text)
    found = find_agreements(doc, find_dates(doc, published=None), [], find_organizations(doc))[0]
    assert found.parties == ["Ủy ban liên Chính phủ Việt Nam – Séc về hợp tác kinh tế"]


def test_documents_listed_after_van_kien():
    body = ("Hai nhà lãnh đạo đã chứng kiến lễ ký kết các văn kiện: Bản ghi nhớ về hợp tác du lịch giữa Bộ Văn hóa Việt "
            "Nam và Bộ Du lịch Lào; Nghị định thư về vận tải đường bộ giữa Chính phủ hai nước; Quy chế hoạt động của "
            "Ủy ban hợp tác liên Chính phủ về giáo dục.")
    found = [(a.kind, a.parties) for a in agreements(body)]
    assert found == [("memorandum", ["Bộ Văn hóa Việt Nam", "Bộ Du lịch Lào"]), ("other", ["Chính phủ hai nước"]),
                     ("other", ["Ủy ban hợp tác liên Chính phủ"])]


def test_countries_as_parties():
    body = "Hai nhà lãnh đạo đã ký Tuyên bố chung về quan hệ đối tác toàn diện giữa Việt Nam và Lào."
    assert agreements(body)[0].parties == ["Việt Nam", "Lào"]
