"""Ids inside a record: every name an event or agreement uses points to a person or body of the article."""

import pytest

from extract.find.links import link
from extract.models import Agreement, Event, Organization, Person, Span

TEXT = ("Sáng 3/3/2023, Đoàn công tác, Sở LĐ-TB&XH và Hội Nông dân xã Tân An tổ chức hội nghị do bà Phạm Thị Hoa chủ trì; "
        "Ủy ban nhân dân tỉnh Kon Tum cử đại diện dự.")


def mention(name):
    at = TEXT.index(name)
    return Span.of(TEXT, at, at + len(name))


PEOPLE = [Person(name="Phạm Thị Hoa", mentions=[mention("Phạm Thị Hoa")])]
BODIES = [
    Organization(name="Sở Lao động – Thương binh và Xã hội tỉnh Kon Tum", aliases=["Sở LĐ-TB&XH"],
                 mentions=[mention("Sở LĐ-TB&XH")]),
    Organization(name="Ủy ban nhân dân tỉnh", mentions=[mention("Ủy ban nhân dân tỉnh")]),
]
SENTENCE = Span.of(TEXT, 0, len(TEXT))

# (organiser as the events stage names it, the body it links to, how many bodies the record then has)
ORGANIZERS = [
    pytest.param("Sở Lao động – Thương binh và Xã hội tỉnh Kon Tum", "Sở Lao động – Thương binh và Xã hội tỉnh Kon Tum",
                 2, id="the full name"),
    pytest.param("Sở LĐ-TB&XH", "Sở Lao động – Thương binh và Xã hội tỉnh Kon Tum", 2, id="an alias"),
    pytest.param("sở lao động - thương binh và xã hội tỉnh kon tum", "Sở Lao động – Thương binh và Xã hội tỉnh Kon Tum",
                 2, id="another case and dash"),
    pytest.param("Hội Nông dân xã Tân An", "Hội Nông dân xã Tân An", 3, id="a body found only by the events stage"),
    pytest.param("Ủy ban nhân dân tỉnh Kon Tum", "Ủy ban nhân dân tỉnh Kon Tum", 3,
                 id="a longer name written in the text is a body of its own"),
    pytest.param("Thương binh và Xã hội tỉnh Kon Tum", "Sở Lao động – Thương binh và Xã hội tỉnh Kon Tum", 2,
                 id="a name not in the text goes to the body that holds it"),
    pytest.param("Đoàn công tác", None, 2, id="a common noun is no body"),
    pytest.param("Sở Y tế, Sở Nội vụ", None, 2, id="a list of bodies is no one body"),
    pytest.param("Kon Tum", None, 2, id="a province alone is no body"),
]


@pytest.mark.parametrize("organizer, body, count", ORGANIZERS)
def test_an_organiser_links_to_one_body(organizer, body, count):
    event = Event(kind="conference", organizers=[organizer], chairs=["Phạm Thị Hoa"], span=SENTENCE)
    linked = link(TEXT, PEOPLE, BODIES, [event], [])
    bodies = {o.id: o for o in linked.organizations}
    (organizer_id,) = linked.events[0].organizer_ids
    assert (organizer_id and bodies[organizer_id].name, len(bodies)) == (body, count)
    assert linked.events[0].chair_ids == ["p1"]
    assert all(TEXT[s.start:s.end] == s.text for o in bodies.values() for s in o.mentions)


def test_ids_are_numbered_in_list_order_and_parties_and_signatories_link():
    agreement = Agreement(kind="memorandum", parties=["Sở LĐ-TB&XH", "Hội Nông dân xã Tân An"],
                          signatories=["Phạm Thị Hoa", "Lê Minh"], span=SENTENCE)
    linked = link(TEXT, PEOPLE, BODIES, [], [agreement])
    assert [o.id for o in linked.organizations] == ["o1", "o2", "o3"]
    assert (linked.agreements[0].id, linked.agreements[0].party_ids) == ("a1", ["o1", "o3"])
    assert linked.agreements[0].signatory_ids == ["p1", "p2"]
    assert linked.people[1].mentions == [SENTENCE]  # a name nowhere in the text keeps the sentence that reports it


def test_a_place_named_as_a_participant_is_no_person():
    event = Event(kind="conference", participants=["Phạm Thị Hoa", "Kon Tum"], span=SENTENCE)
    linked = link(TEXT, PEOPLE, BODIES, [event], [])
    assert (linked.events[0].participant_ids, len(linked.people)) == (["p1", None], 1)
