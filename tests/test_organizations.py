"""Named bodies: where a name starts and ends, abbreviations, grouping; sentences of our own."""

import pytest

from extract import lexicons
from extract.errors import LexiconError
from extract.find.names import expand, fold
from extract.find.organizations import find_organizations
from extract.read.segment import segment


def bodies(text):
    """``[(name, aliases)]`` of the bodies found in ``text``."""
    return [(o.name, o.aliases) for o in find_organizations(segment(text))]


def names_of(text):
    return [o.name for o in find_organizations(segment(text))]


def miss(*row):
    """A known miss: stays in the table, and fixing it is noticed."""
    return pytest.param(*row[1:], id=row[0], marks=pytest.mark.xfail(strict=True, reason="known miss"))


def table(rows):
    """Parametrize rows ``(id, *values)`` or :func:`miss` rows."""
    return [r if hasattr(r, "marks") else pytest.param(*r[1:], id=r[0]) for r in rows]


EXTENTS = [
    ("kind and field", "Sở Y tế tổ chức hội nghị tập huấn.", ["Sở Y tế"]),
    ("field with a dash", "Sở Lao động – Thương binh và Xã hội tỉnh Phú Yên phối hợp với các xã.",
     ["Sở Lao động – Thương binh và Xã hội tỉnh Phú Yên"]),
    ("locality ends the name", "UBND huyện Đức Phổ vừa ban hành kế hoạch.", ["Ủy ban nhân dân huyện Đức Phổ"]),
    ("bare locality", "Hội Nông dân tỉnh đã trao quà.", ["Hội Nông dân tỉnh"]),
    ("nested kinds", "Ban Tuyên giáo Tỉnh ủy Gia Lai biên soạn tài liệu.", ["Ban Tuyên giáo Tỉnh ủy Gia Lai"]),
    ("whole kinds", "Chính phủ và Quốc hội đều quan tâm.", ["Chính phủ", "Quốc hội"]),
    ("lower-case words inside", "Bộ Nông nghiệp và Phát triển nông thôn có văn bản.",
     ["Bộ Nông nghiệp và Phát triển nông thôn"]),
    ("free kind with lower-case tail", "Các em tập luyện tại Trung tâm huấn luyện thể thao tỉnh Kon Tum.",
     ["Trung tâm huấn luyện thể thao tỉnh Kon Tum"]),
    ("two bodies joined by và", "Tỉnh đoàn và Sở Tư pháp ký kết chương trình.", ["Tỉnh đoàn", "Sở Tư pháp"]),
    ("lower-case kind after a position", "Trưởng ban Dân vận Tỉnh ủy Lâm Đồng phát biểu.",
     ["Ban Dân vận Tỉnh ủy Lâm Đồng"]),
    ("a person after the body", "Chủ tịch UBND tỉnh Trần Văn Hưng chủ trì.", ["Ủy ban nhân dân tỉnh"]),
    ("school named after a person", "Lễ khai giảng tại Trường THCS Lê Quý Đôn rất trang trọng.",
     ["Trường Trung học cơ sở Lê Quý Đôn"]),
    ("country ends the name", "Bộ trưởng Bộ Ngoại giao Nga Sergei Lavrov đến Hà Nội.", ["Bộ Ngoại giao Nga"]),
    ("foreign person after the name", "Bộ trưởng Bộ Công Thương Anna Petrova cho biết.", ["Bộ Công Thương"]),
    ("a fund's English name is no person", "Giám đốc Quỹ Đầu tư Mekong Capital phát biểu.",
     ["Quỹ Đầu tư Mekong Capital"]),
    ("case named after a person", "Vụ Trịnh Văn Lâm đang được điều tra.", []),
    ("district number", "Chủ tịch UBND quận 3 kiểm tra công trình.", ["Ủy ban nhân dân quận 3"]),
    ("spaced ampersand", "Thứ trưởng Bộ GD & ĐT dự lễ.", ["Bộ Giáo dục và Đào tạo"]),
    ("place named like a body", "Gia đình sống ở phường Sở Dầu, quận Hồng Bàng.", []),
    ("a province ends the name", "Bí thư Tỉnh ủy Trà Vinh cảm ơn báo Pháp Luật.", ["Tỉnh ủy Trà Vinh"]),
    ("two countries", "Hội Hữu nghị Việt Nam - Lào tổ chức gặp mặt.", ["Hội Hữu nghị Việt Nam – Lào"]),
    ("city centre is not a body", "Dự án nằm ở Trung tâm thành phố Quy Nhơn.", []),
    ("generic plural", "Lãnh đạo các sở, ngành, địa phương cùng dự.", []),
    ("meeting is not a body", "Hội nghị đã thông qua nghị quyết.", []),
    ("town named Hội", "Du khách đến Hội An ngày càng đông.", []),
    miss("lower-case tail after a place", "Đoàn của Mặt trận Lào xây dựng đất nước sang thăm.",
         ["Mặt trận Lào xây dựng đất nước"]),
    ("full stop after a bare locality", "Đề án đã trình UBND tỉnh. Sau đó HĐND tỉnh họp.",
     ["Ủy ban nhân dân tỉnh", "Hội đồng nhân dân tỉnh"]),
    ("a position's last word before the body", "Ông là nguyên Trưởng ban Ban Tôn giáo tỉnh.", ["Ban Tôn giáo tỉnh"]),
    ("lower-case word before an abbreviated body", "Kỳ họp thứ năm HĐND tỉnh bế mạc.", ["Hội đồng nhân dân tỉnh"]),
    ("a street named after a person", "Trụ sở mới ở đường Trường Chinh, gần phố Hội Vũ.", []),
    ("a given name, not a school", "Ông Nguyễn Trường Giang và Tổng Bí thư Trường Chinh.", []),
    ("a school", "Lễ khai giảng ở Trường Chính trị tỉnh.", ["Trường Chính trị tỉnh"]),
    ("a field with lower-case words", "Cục Quản lý dược và Cục Cảnh sát môi trường phối hợp kiểm tra.",
     ["Cục Quản lý dược", "Cục Cảnh sát môi trường"]),
    ("a field after a dash", "Công ty CP Vật tư – Thiết bị y tế Hòa Bình trúng thầu.",
     ["Công ty CP Vật tư – Thiết bị y tế Hòa Bình"]),
    ("a reach word closes the name", "Ban Chỉ đạo quốc gia và Tòa án nhân dân tối cao đã có ý kiến.",
     ["Ban Chỉ đạo quốc gia", "Tòa án nhân dân tối cao"]),
    ("a verb after the name still ends it", "Cục Xúc tiến thương mại thông qua kế hoạch.", ["Cục Xúc tiến thương mại"]),
    ("the article's own capitals are kept", "Hiệp hội Doanh nghiệp Nhỏ và Vừa tỉnh họp.",
     ["Hiệp hội Doanh nghiệp Nhỏ và Vừa tỉnh"]),
    ("a kind written twice", "Ông là Giám đốc Công ty Công ty CP Thủy sản Nam Hà.", ["Công ty CP Thủy sản Nam Hà"]),
    ("và Lãnh đạo is not part of the name", "Đại diện Cục Thú y và Lãnh đạo các xã cùng dự.",
     ["Cục Thú y"]),
    ("a company named like a person after its legal form", "Hàng của Công ty TNHH Trần Văn Hưng được ưa chuộng.",
     ["Công ty TNHH Trần Văn Hưng"]),
    ("a well-known acronym alone", "Theo số liệu của EVN, phụ tải tăng mạnh.", ["Tập đoàn Điện lực Việt Nam"]),
    ("a set of rules is no ministry", "Hội nghị thông qua Bộ Quy tắc ứng xử của cán bộ Thành ủy.", ["Thành ủy"]),
    ("a ministry of another country", "Bộ Thương mại Hoa Kỳ và Bộ NN&PTNT trao đổi.",
     ["Bộ Thương mại Hoa Kỳ", "Bộ Nông nghiệp và Phát triển nông thôn"]),
    ("a number of months is no body number", "Hội nghị sơ kết công tác Hội 6 tháng đầu năm.", []),
    ("a hamlet named like a body", "Bà Hoa sống ở thôn Hội Thành, xã Ân Tín.", []),
    ("a field glued with a stop word", "Cục Hàng không Việt Nam đã có văn bản.", ["Cục Hàng không Việt Nam"]),
    ("a field with a comma", "Cục Phòng, chống ma túy và tội phạm báo cáo.", ["Cục Phòng, chống ma túy và tội phạm"]),
    ("và and an abbreviation is another party", "Cục Thuế và DN Hàn Quốc đối thoại.", ["Cục Thuế"]),
    ("brands after a cue", "Hãng Vietjet đặt mua máy bay của hãng Boeing.", ["Vietjet", "Boeing"]),
    ("news agency", "Theo hãng tin Reuters, cuộc gặp diễn ra tốt đẹp.", ["Reuters"]),
    miss("brand with no cue", "Saigon Coop và Vissan tăng dự trữ hàng Tết.", ["Saigon Coop", "Vissan"]),
    # kinds grown from the corpus (issue 11)
    ("a hospital department", "Các bác sĩ Khoa Nhi trực Tết.", ["Khoa Nhi"]),
    ("an extension station in lower case", "Trưởng trạm Khuyến nông huyện Hòa Vang cho biết.",
     ["Trạm Khuyến nông huyện Hòa Vang"]),
    ("an embassy", "Đại sứ quán Nhật Bản tại Hà Nội trao quà.", ["Đại sứ quán Nhật Bản"]),
    ("a board of directors written short", "Chủ tịch HĐQT Công ty CP Sông Đà phát biểu.",
     ["Hội đồng quản trị Công ty CP Sông Đà", "Công ty CP Sông Đà"]),
    ("only the body right after its organ", "Chủ tịch HĐQT Công ty Cổ phần Tập đoàn Minh Hà phát biểu.",
     ["Hội đồng quản trị Công ty Cổ phần Tập đoàn Minh Hà", "Công ty Cổ phần Tập đoàn Minh Hà"]),
    ("a lower-case word before a capitalised kind is no kind", "Công ty đổi tên Ban kiểm toán thành Uỷ ban kiểm toán.", []),
    ("a department's body stays inside its name", "Ban Dân vận Tỉnh ủy Lai Châu tổ chức hội nghị.",
     ["Ban Dân vận Tỉnh ủy Lai Châu"]),
    ("a numbered cooperative", "Xã viên HTX Nông nghiệp 2 Phước Thuận nhận giống.",
     ["Hợp tác xã Nông nghiệp 2 Phước Thuận"]),
    ("a museum", "Đoàn tham quan Bảo tàng Quang Trung.", ["Bảo tàng Quang Trung"]),
    ("the government office written short", "Chủ nhiệm VPCP chủ trì cuộc họp.", ["Văn phòng Chính phủ"]),
    # names that end at the clause, not at the capitals (issue 11)
    ("after a position a name runs on to the comma", "Ông Lâm, Phó trưởng khoa Chẩn đoán hình ảnh – xét nghiệm, dự.",
     ["Khoa Chẩn đoán hình ảnh – xét nghiệm"]),
    ("after a position a name runs on to the full stop", "Ông Tấn là Trưởng phòng Tổng hợp chính sách.",
     ["Phòng Tổng hợp chính sách"]),
    ("a verb after a title's body ends it", "Ông Tân, Giám đốc HTX Phú Lộc tâm đắc, mùa này tốt.", ["Hợp tác xã Phú Lộc"]),
    miss("a tail opening with a word tagged as a verb", "Ông Tấn là Phó Giám đốc Ủy ban Quản lý hoạt động dầu khí.",
         ["Ủy ban Quản lý hoạt động dầu khí"]),
    ("a subject's name stops before its verb", "Công ty Minh Phát sản xuất hàng giả.", ["Công ty Minh Phát"]),
    ("a tail with a verb of the stop list is no name", "Giám đốc Sở Y tế kiểm tra bệnh viện.", ["Sở Y tế"]),
    # "và" and lower-case words inside a name, up to its next capitalised word (issue 11)
    ("và and lower-case words before an abbreviation", "Trung tâm Thử nghiệm và ứng dụng CNTT tỉnh mở lớp.",
     ["Trung tâm Thử nghiệm và ứng dụng CNTT tỉnh"]),
    ("và and a lower-case word before a capitalised one", "Viện Khảo cổ và bảo tồn Hoa Sơn công bố kết quả.",
     ["Viện Khảo cổ và bảo tồn Hoa Sơn"]),
    ("và and a generic word is another party", "Sở Tư pháp và các đơn vị Hải Lăng tham gia.", ["Sở Tư pháp"]),
    ("và and a verb is no name", "Cục Thuế và tổ chức Hội nghị Đối thoại.", ["Cục Thuế"]),
    ("và after a bare kind joins no name", "Đảng bộ và nhân dân Quảng Trị vui mừng.", ["Đảng bộ"]),
    ("và and a person is no name", "Đại diện Sở Xây dựng và ông Trần Văn Hải có mặt.", ["Sở Xây dựng"]),
    ("và and a content word inside the name", "Công ty Thương mại và đầu tư Hòa Phong ký hợp đồng.",
     ["Công ty Thương mại và đầu tư Hòa Phong"]),
    # content words end a complete name, run on inside one still being read (issue 11)
    ("content words run on to the locality", "Ban Quản lý dự án đầu tư xây dựng huyện Tuy An mời thầu.",
     ["Ban Quản lý dự án đầu tư xây dựng huyện Tuy An"]),
    ("content words and và run on to a capital", "Ông Lộc là Giám đốc Ban Quản lý dự án đầu tư xây dựng và "
     "Phát triển đô thị huyện Đồng Xuân.", ["Ban Quản lý dự án đầu tư xây dựng và Phát triển đô thị huyện Đồng Xuân"]),
    ("a content word after a complete name ends it", "Sở Y tế tổ chức hội nghị tập huấn ở huyện Tuy An.", ["Sở Y tế"]),
    ("a stop word that is only a syllable of a longer word", "Ban Quản lý dự án giao thông tỉnh đã mời thầu.",
     ["Ban Quản lý dự án giao thông tỉnh"]),
    ("a function word ends a name still being read", "Trung tâm không chỉ đào tạo nghề cho thanh niên tỉnh.", []),
    # places, short forms and trade names (issue 11)
    ("a province written with a hyphen", "Chủ tịch UBND tỉnh Bà Rịa-Vũng Tàu dự lễ.", ["Ủy ban nhân dân tỉnh Bà Rịa – Vũng Tàu"]),
    ("a province glued to the verb after it", "Giám đốc Sở GD & ĐT Sơn La cáo bệnh không đến.",
     ["Sở Giáo dục và Đào tạo Sơn La"]),
    ("the youth union of the central agencies", "Anh là Ủy viên Ban Chấp hành Đoàn khối các cơ quan Trung ương.",
     ["Ban Chấp hành Đoàn khối các cơ quan Trung ương"]),
    ("a short form in brackets closes a lower-case tail", "Viện Nghiên cứu Nông nghiệp bền vững (VNB) khai giảng.",
     ["Viện Nghiên cứu Nông nghiệp bền vững"]),
    ("a trade name after a company post", "Ông Hùng, Phó Tổng Giám đốc Sabeco cho biết.", ["Sabeco"]),
    ("a trade name and its country after a post", "Bà Mai là Tổng Giám đốc Unilever Việt Nam.", ["Unilever Việt Nam"]),
    ("a foreign person after a post is no trade name", "Giám đốc Peter Brown phát biểu.", []),
    ("a Vietnamese word after a post is no trade name", "Giám đốc Điện lực đã đến.", []),
    ("và and a trade name is another party", "Tập đoàn Hòa Phát và Sabeco ký kết.", ["Tập đoàn Hòa Phát"]),
    ("an ampersand between abbreviations joins them", "Bộ trưởng Bộ TN & MT dự họp.", ["Bộ Tài nguyên và Môi trường"]),
    ("a body that is also in the places list", "Hai nước hợp tác tại Liên Hợp Quốc và APEC.", ["Liên Hợp Quốc", "APEC"]),
    ("the front's committee written short, with its district", "Chủ tịch UBMTTQ quận Gò Vấp dự lễ.",
     ["Ủy ban Mặt trận Tổ quốc quận Gò Vấp"]),
    ("a bare locality ends the sentence", "Đại diện UBND tỉnh", ["Ủy ban nhân dân tỉnh"]),
    ("a city written short is one word", "Phó Bí thư Thành ủy TP HCM Tất Văn Lộc phát biểu.", ["Thành ủy Thành phố Hồ Chí Minh"]),
    ("an international organisation", "Theo Tổ chức Lao động Quốc tế (ILO), lương tăng.", ["Tổ chức Lao động Quốc tế"]),
    miss("an occasion is no organisation", "Tổ chức Hội nghị tổng kết là việc cần làm.", []),
    ("a conference centre", "Lễ khai mạc ở Trung tâm Hội nghị Quốc gia.", ["Trung tâm Hội nghị Quốc gia"]),
    ("a body that is also a place ends at itself", "Quan hệ ASEAN – Nga phát triển tốt.", ["ASEAN"]),
    ("a region named like a body", "Việt Nam tăng trưởng nhanh nhất khu vực ASEAN.", []),
    ("lower-case words to a capitalised word of the name", "Đoàn đến thăm Trung tâm Điều dưỡng thương binh Kim Bảng.",
     ["Trung tâm Điều dưỡng thương binh Kim Bảng"]),
    ("a verb before a capitalised object is no name", "Lãnh đạo Bộ Y tế chứng kiến Lễ ký kết.", ["Bộ Y tế"]),
    ("a verb before a capitalised group is no name", "Tổng cục Thuế thành lập Tổ công tác.", ["Tổng cục Thuế"]),
    ("lower-case words to a person are no name", "Giám đốc Sở Y tế tặng quà ông Nguyễn Văn Hải.", ["Sở Y tế"]),
    ("a law named like a body", "Luật Tổ chức Chính phủ năm 2015 quy định rõ.", ["Chính phủ"]),
    ("a broadcaster", "Phóng viên Đài Tiếng nói Việt Nam có mặt.", ["Đài Tiếng nói Việt Nam"]),
    ("a bare kind after a position with no tail is no body", "Ông Hải là Giám đốc Ban này từ năm ngoái.", []),
    ("a command of a body that starts with the same word", "Bộ Tư lệnh Bộ đội Biên phòng đã khen thưởng 5 đơn vị.",
     ["Bộ Tư lệnh Bộ đội Biên phòng"]),
    ("a provincial command of the same", "Đại diện Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon Tum phát biểu.",
     ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon Tum"]),
    ("a kind written twice opens at the second", "Bà Lan, Phó Ban thường trực Ban Dân vận Tỉnh ủy, dự họp.",
     ["Ban Dân vận Tỉnh ủy"]),
    ("a number after a nested kind is its name", "Bộ Tư lệnh Quân khu 9 đã tổ chức diễn tập.", ["Bộ Tư lệnh Quân khu 9"]),
    ("a number after a free kind and its tail", "Văn phòng Ban Chỉ đạo 138 tỉnh đã họp.", ["Văn phòng Ban Chỉ đạo 138 tỉnh"]),
    ("a number after a kind inside a name", "Ông được đưa vào Bệnh viện Quân đội 211 cấp cứu.", ["Bệnh viện Quân đội 211"]),
    miss("a number after a name with no kind before it", "Ông được đưa vào Bệnh viện Quân y 175 cấp cứu.",
         ["Bệnh viện Quân y 175"]),
    ("a count after a whole kind is no name", "HĐND 2 cấp đã họp bàn.", ["Hội đồng nhân dân"]),
    ("a lower-case tail up to the holder of a post", "Tổng Biên tập Báo Pháp luật đời sống Trần Văn Lợi có mặt.",
     ["Báo Pháp luật đời sống"]),
    ("a lower-case level up to the holder of a post", "Trưởng Ban Tổ chức trung ương Lê Văn Hòa phát biểu.",
     ["Ban Tổ chức trung ương"]),
    ("a national body and its country's form of state",
     "Đoàn Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào tới Hà Nội.", ["Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào"]),
    ("a form of state and one capitalised country", "Chính phủ Cộng hòa Vanuatu gửi điện mừng.", ["Chính phủ Cộng hòa Vanuatu"]),
    ("a form of state then a person is no country", "Phó Chủ tịch Quốc hội Cộng hòa Ta-vê-ni Ru-ca phát biểu.", ["Quốc hội"]),
    ("a branch's locality after its country", "Sáng 3/4, Ủy ban MTTQ Việt Nam huyện Phù Mỹ tổ chức lễ kỷ niệm.",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện Phù Mỹ"]),
    ("a hospital named after a person", "Ông được đưa vào Bệnh viện Nguyễn Tri Phương cấp cứu.",
     ["Bệnh viện Nguyễn Tri Phương"]),
    ("an academy named after a person", "Học viện Nguyễn Văn Cừ khai giảng khóa mới.", ["Học viện Nguyễn Văn Cừ"]),
    ("a general hospital named after a person", "Bệnh viện Đa khoa Nguyễn Đình Chiểu tiếp nhận bệnh nhân.",
     ["Bệnh viện Đa khoa Nguyễn Đình Chiểu"]),
    ("a company named like a person", "Ông Lê Văn Tám, Giám đốc Công ty Hoàng Gia Phát, cam kết bồi thường.",
     ["Công ty Hoàng Gia Phát"]),
    ("a board named with a lower-case word", "Phó trưởng Ban Công tác đại biểu vừa xác nhận kết quả.",
     ["Ban Công tác đại biểu"]),
    ("police written short with its locality", "Hôm qua, CA tỉnh Nghệ An đã bắt giữ đối tượng.", ["Công an tỉnh Nghệ An"]),
    ("a disease control centre written short", "CDC Hà Nội và HCDC phối hợp truy vết.",
     ["Trung tâm Kiểm soát bệnh tật Hà Nội", "Trung tâm Kiểm soát bệnh tật Thành phố Hồ Chí Minh"]),
    ("a bare CDC is no body", "Theo khuyến cáo của CDC, người dân nên đeo khẩu trang.", []),
    ("a bus operator", "Hành khách đi xe của nhà xe Phương Trang.", ["Phương Trang"]),
    ("a disease name with its number", "Ban chỉ đạo phòng chống dịch COVID-19 tỉnh Quảng Nam đã họp.",
     ["Ban chỉ đạo phòng chống dịch COVID-19 tỉnh Quảng Nam"]),
    ("phòng, chống is one word", "Ban Chỉ đạo quốc gia phòng, chống dịch COVID-19 yêu cầu các địa phương.",
     ["Ban Chỉ đạo quốc gia phòng, chống dịch COVID-19"]),
    ("a country spelt another way", "Chính phủ Thụy Sỹ tài trợ dự án.", ["Chính phủ Thụy Sỹ"]),
    ("a hospital specialty in lower case", "Bệnh viện Lao và bệnh phổi tỉnh Thái Bình tiếp nhận.",
     ["Bệnh viện Lao và bệnh phổi tỉnh Thái Bình"]),
    ("a police department's long field", "Cục An ninh mạng và phòng chống tội phạm sử dụng công nghệ cao (Bộ Công an) vào cuộc.",
     ["Cục An ninh mạng và phòng chống tội phạm sử dụng công nghệ cao", "Bộ Công an"]),
    ("họp ends a name even glued to its last word", "Sở Lao động-Thương binh và Xã hội họp.",
     ["Sở Lao động – Thương binh và Xã hội"]),
    ("a word that ends with a kind's syllable", "Đội ngũ cán bộ Nhà nước cần được đào tạo.", []),
    ("a kind after a post's syllable", "Giám đốc sở Tư pháp dự họp.", ["Sở Tư pháp"]),
    ("a bare kind of every level is no body", "HĐND các cấp nhiệm kỳ 2021-2026 đã bầu xong.", []),
    ("a named body of every level is the body", "Đề nghị MTTQ Việt Nam các cấp giám sát.", ["Mặt trận Tổ quốc Việt Nam"]),
    ("a number after số", "Cụm thi đua số 6 tổ chức hội nghị. Công ty Xây dựng số 1 trúng thầu.",
     ["Cụm thi đua số 6", "Công ty Xây dựng số 1"]),
    ("an issue number is no name", "Bài đăng trên Tạp chí Học tập số 11-12 năm 1956.", ["Tạp chí Học tập"]),
    ("a party board written short", "Ban KTTW phối hợp với UBKTTW.", ["Ban Kinh tế Trung ương", "Ủy ban Kiểm tra Trung ương"]),
    ("a district whose name opens with a country's", "Ông từng là Bí thư Huyện ủy Ý Yên, Bí thư Huyện ủy Đức Phổ.",
     ["Huyện ủy Ý Yên", "Huyện ủy Đức Phổ"]),
    ("a foreign person after a one-syllable country", "Bộ trưởng Bộ Ngoại giao Anh Boris Johnson dự.",
     ["Bộ Ngoại giao Anh"]),
    ("a count of millions after a kind is no name", "Vụ 1 triệu viên ma túy được sân khấu hóa.", []),
    ("an age after a kind is no name", "Tỉnh giải trình việc bổ nhiệm giám đốc Sở 30 tuổi.", []),
    ("a kind that ends a word after a dash", "Tình hình kinh tế-xã hội Việt Nam khởi sắc.", []),
    ("a subject after về names a joint committee",
     "Phiên họp của Ủy ban liên Chính phủ Việt Nam – Séc về hợp tác kinh tế diễn ra tại Hà Nội.",
     ["Ủy ban liên Chính phủ Việt Nam – Séc về hợp tác kinh tế"]),
    ("a subject with phòng, chống", "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng đã họp.",
     ["Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"]),
    ("a subject ends at a preposition", "Ủy ban Hỗn hợp về thương mại biên giới giữa hai nước đã họp.",
     ["Ủy ban Hỗn hợp về thương mại biên giới"]),
    ("về after a complete name opens its object", "UBND tỉnh Kon Tum về nguyên tắc đồng ý.",
     ["Ủy ban nhân dân tỉnh Kon Tum"]),
    ("a joint committee named by its countries only", "Kỳ họp Ủy ban liên Chính phủ hai nước thành công.",
     ["Ủy ban liên Chính phủ"]),
    ("a field written without its dash", "Kinh phí cho Hội đồng thi đua khen thưởng huyện tăng.",
     ["Hội đồng Thi đua khen thưởng huyện"]),
    ("a field in lower case after a kind", "Tập thể Sở quy hoạch và kiến trúc được tặng bằng khen.",
     ["Sở Quy hoạch và Kiến trúc"]),
    ("a person after a hospital's tail may be its own name",
     "Bà Lê Thị Hoa, Giám đốc Bệnh viện tư nhân Trần Văn Minh, cho biết.", []),
]


@pytest.mark.parametrize("text, expected", table(EXTENTS))
def test_body_names_and_where_they_end(text, expected):
    assert names_of(text) == expected


GROUPS = [
    ("abbreviation and full form", "Sở Lao động-TB&XH họp. Sau đó Sở Lao động – Thương binh và Xã hội báo cáo.",
     [("Sở Lao động – Thương binh và Xã hội", ["Sở Lao động-TB&XH"])]),
    ("bare and named locality", "UBND tỉnh Bình Phước chỉ đạo. UBND tỉnh giao Sở Nội vụ.",
     [("Ủy ban nhân dân tỉnh Bình Phước", ["UBND tỉnh Bình Phước", "UBND tỉnh"]), ("Sở Nội vụ", [])]),
    ("different levels stay apart", "UBND tỉnh và UBND huyện Cư Jút cùng dự.",
     [("Ủy ban nhân dân tỉnh", ["UBND tỉnh"]), ("Ủy ban nhân dân huyện Cư Jút", ["UBND huyện Cư Jút"])]),
    ("acronym in brackets", "Liên minh Hợp tác xã Việt Nam (VCA) tổ chức diễn đàn. VCA cho biết sẽ hỗ trợ.",
     [("Liên minh Hợp tác xã Việt Nam", ["VCA"])]),
    ("expanded front", "Ủy ban MTTQ VN tỉnh trao quà.",
     [("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", ["Ủy ban MTTQ VN tỉnh"])]),
    ("tone placement", "Uỷ ban nhân dân xã họp. Ủy ban nhân dân xã báo cáo.",
     [("Uỷ ban nhân dân xã", ["Ủy ban nhân dân xã"])]),
    ("short form of a company", "Công ty Cổ phần Nông sản Phú An xuất khẩu gạo. Giám đốc Công ty Phú An cho biết.",
     [("Công ty Cổ phần Nông sản Phú An", ["Công ty Phú An"])]),
    ("trade name used alone later", "Công ty Xây dựng Bexcons báo lãi. Cổ đông của Bexcons hài lòng.",
     [("Công ty Xây dựng Bexcons", ["Bexcons"])]),
    ("a bare national body is Viet Nam's own", "Chủ tịch Quốc hội Lào thăm Hà Nội. Quốc hội Việt Nam hoan nghênh, Quốc hội sẽ hợp tác.",
     [("Quốc hội Lào", []), ("Quốc hội Việt Nam", ["Quốc hội"])]),
    ("a country with and without its form of state", "Quốc hội Cộng hòa Fiji đón đoàn. Quốc hội Fiji cảm ơn.",
     [("Quốc hội Cộng hòa Fiji", ["Quốc hội Fiji"])]),
    ("a full state name is Viet Nam's own national body", "Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam họp. Quốc hội thông qua luật.",
     [("Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam", ["Quốc hội"])]),
    ("a bare kind is the one full body once its short forms are grouped",
     "Ban Chấp hành Trung ương Hội Nông dân Việt Nam họp. Ban Chấp hành Trung ương Hội bầu Chủ tịch. "
     "Ban Chấp hành thông qua quy chế.",
     [("Ban Chấp hành Trung ương Hội Nông dân Việt Nam", ["Ban Chấp hành Trung ương Hội", "Ban Chấp hành"])]),
    ("DN is doanh nghiệp inside a name", "Hiệp hội Doanh nghiệp tỉnh Long An họp. Chủ tịch Hiệp hội DN tỉnh Long An phát biểu.",
     [("Hiệp hội Doanh nghiệp tỉnh Long An", ["Hiệp hội DN tỉnh Long An"])]),
    ("a branch with and without Việt Nam", "Ủy ban MTTQ Việt Nam tỉnh tổ chức lễ. Chủ tịch Ủy ban MTTQ tỉnh phát biểu.",
     [("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", ["Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban MTTQ tỉnh"])]),
    ("the Secretariat by its full and bare names", "Ban Bí thư Trung ương Đảng ban hành quy định. Ban Bí thư yêu cầu báo cáo.",
     [("Ban Bí thư Trung ương Đảng", ["Ban Bí thư"])]),
    ("a bare national body is not another country's", "Chủ tịch Quốc hội Lào thăm Việt Nam. Quốc hội sẽ hợp tác.",
     [("Quốc hội Lào", []), ("Quốc hội", [])]),
    ("a field written with and without và", "Sở Giáo dục Đào tạo tỉnh Thanh Hóa cho biết. Sở Giáo dục và Đào tạo tỉnh "
     "Thanh Hóa khen thưởng.", [("Sở Giáo dục và Đào tạo tỉnh Thanh Hóa", ["Sở Giáo dục Đào tạo tỉnh Thanh Hóa"])]),
    ("a short form ends with the same capitals as its full name", "Báo Quân đội nhân dân đưa tin. Báo Nhân Dân cũng đưa tin.",
     [("Báo Quân đội nhân dân", []), ("Báo Nhân Dân", [])]),
    ("an acronym written out after its own kind", "Tập đoàn EVN tăng giá điện.",
     [("Tập đoàn Điện lực Việt Nam", ["Tập đoàn EVN"])]),
    ("a trade name in brackets and alone later", "Tổng công ty Bia Sài Gòn (Sabeco) báo lãi. Tổng Giám đốc Sabeco cho biết.",
     [("Tổng công ty Bia Sài Gòn", ["Sabeco"])]),
    ("a country that ends a company's name is no trade name", "Công ty Dầu khí Quốc gia Malaysia ký. Đoàn Malaysia tới.",
     [("Công ty Dầu khí Quốc gia Malaysia", [])]),
    ("bare kind is the one body of its kind", "Đảng đoàn Mặt trận Tổ quốc tỉnh họp. Ông được cử vào Đảng đoàn.",
     [("Đảng đoàn Mặt trận Tổ quốc tỉnh", ["Đảng đoàn"])]),
]


@pytest.mark.parametrize("text, expected", table(GROUPS))
def test_one_entry_per_body(text, expected):
    assert bodies(text) == expected


SHARED_KINDS = [
    ("one kind before a list of fields", "Tỉnh giao các sở Xây dựng, Tài chính và Nội vụ rà soát.",
     ["Sở Xây dựng", "Sở Tài chính", "Sở Nội vụ"]),
    ("after a colon", "Dự họp có lãnh đạo các Bộ: Y tế, Công an, Giáo dục và Đào tạo.",
     ["Bộ Y tế", "Bộ Công an", "Bộ Giáo dục và Đào tạo"]),
    ("the first read whole", "UBND tỉnh giao Sở Tài chính, Nội vụ tham mưu.",
     ["Ủy ban nhân dân tỉnh", "Sở Tài chính", "Sở Nội vụ"]),
    ("a list that ends at a body of its own kind", "Có mặt đại diện Bộ Quốc phòng, Tư pháp, Ngân hàng Nhà nước.",
     ["Bộ Quốc phòng", "Bộ Tư pháp", "Ngân hàng Nhà nước"]),
    ("one field with commas in it is one body", "Ông từng là Giám đốc Sở Văn hóa, Thể thao và Du lịch.",
     ["Sở Văn hóa, Thể thao và Du lịch"]),
    ("two fields joined by và are one body's", "Đoàn của Bộ Văn hóa và Du lịch nước bạn tới thăm.",
     ["Bộ Văn hóa và Du lịch"]),
    ("a run that goes on with more of its name is one body", "Thứ trưởng Bộ Ngoại giao, Thương mại và Tôn giáo nước bạn.",
     ["Bộ Ngoại giao"]),
]


@pytest.mark.parametrize("text, expected", table(SHARED_KINDS))
def test_a_kind_shared_by_a_list_of_fields(text, expected):
    assert names_of(text) == expected


def test_a_shared_kind_body_is_grounded_on_its_field():
    text = "Tỉnh giao các sở Xây dựng, Tài chính rà soát."
    found = {o.name: [(m.start, m.end, m.text) for m in o.mentions] for o in find_organizations(segment(text))}
    assert found["Sở Tài chính"] == [(text.index("Tài chính"), text.index("Tài chính") + 9, "Tài chính")]


def test_mentions_are_spans_of_the_text():
    text = "Sáng nay, Sở Tài chính và Kho bạc Nhà nước tỉnh làm việc."
    for org in find_organizations(segment(text)):
        assert all(text[m.start:m.end] == m.text for m in org.mentions)


EXPANSIONS = [
    ("labour", "Sở LĐ-TB&XH", "Sở Lao động – Thương binh và Xã hội"),
    ("people's committee", "UBND tỉnh", "Ủy ban nhân dân tỉnh"),
    ("central", "Ban Chấp hành TƯ Đoàn", "Ban Chấp hành Trung ương Đoàn"),
    ("a kind the acronym repeats", "Tập đoàn PVN", "Tập đoàn Dầu khí Việt Nam"),
    ("a kind the acronym repeats inside a name", "Hội đồng thành viên Tập đoàn VNPT",
     "Hội đồng thành viên Tập đoàn Bưu chính Viễn thông Việt Nam"),
    ("bracketed acronym dropped", "Mặt trận Tổ quốc (MTTQ) Việt Nam", "Mặt trận Tổ quốc Việt Nam"),
]


@pytest.mark.parametrize("written, full", table(EXPANSIONS))
def test_abbreviations_are_written_out(written, full):
    assert expand(written) == full


def test_fold_ignores_tone_placement_case_and_dashes():
    assert fold("Uỷ ban Hoà bình - Lao động") == fold("ủy ban hòa bình –  lao động")


LEXICONS = [("positions.txt", 2), ("body_kinds.txt", 2), ("abbreviations.txt", 2), ("honorifics.txt", 2),
            ("surnames.txt", 2), ("places.txt", 1), ("not_persons.txt", 1), ("appointment_cues.txt", 2),
            ("brand_cues.txt", 2), ("fields.txt", 1), ("body_stops.txt", 1), ("body_verbs.txt", 1),
            ("name_blockers.txt", 1), ("name_stops.txt", 1), ("school_types.txt", 1), ("body_tails.txt", 1),
            ("ministry_fields.txt", 1), ("company_words.txt", 1)]


@pytest.mark.parametrize("name, columns", LEXICONS, ids=[n for n, _ in LEXICONS])
def test_lexicons_load_with_their_columns(name, columns):
    assert lexicons.rows(name, columns=columns)


def test_a_lexicon_with_the_wrong_columns_fails_loudly():
    with pytest.raises(LexiconError):
        lexicons.rows("places.txt", columns=2)


def test_a_missing_lexicon_fails_loudly():
    with pytest.raises(LexiconError):
        lexicons.rows("no_such_lexicon.txt")


BROKEN = [
    ("header only", "# what this holds\n"),
    ("no header", "Sở\tcap\n"),
    ("empty", ""),
    ("missing column", "# kinds\nSở\n"),
]


@pytest.mark.parametrize("content", [b[1] for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_a_broken_lexicon_fails_loudly(content, tmp_path, monkeypatch):
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "body_kinds.txt").write_text(content, encoding="utf-8")
    monkeypatch.setattr(lexicons.resources, "files", lambda package: tmp_path)
    with pytest.raises(LexiconError):
        lexicons.rows.__wrapped__("body_kinds.txt", columns=2)
