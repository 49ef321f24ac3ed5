package vn.sgddt.kehoach.exchange.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.sgddt.kehoach.directory.Agency;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.plan.PlanDetails;
import vn.sgddt.kehoach.plan.PlanStatus;
import vn.sgddt.kehoach.plan.SigningForm;

/** A plan shaped like seed 002 (Sở GD&ĐT Long An, kế hoạch thực hiện chương trình hành động năm 2025). */
final class SamplePlans {

    static final String GROUP_A = "A. Nhiệm vụ theo Quyết định số 116/QĐ-UBND ngày 07/01/2025 của UBND tỉnh";
    static final String GROUP_B = "B. Nhiệm vụ theo Nghị quyết Hội nghị cán bộ, công chức của Sở Giáo dục và Đào tạo";

    static final Map<String, String> UNITS = Map.of("VP", "Văn phòng Sở", "TCCB", "Phòng Tổ chức cán bộ", "KHTC",
            "Phòng Kế hoạch - Tài chính", "GDMN", "Phòng Giáo dục Mầm non - Tiểu học", "GDTrH",
            "Phòng Giáo dục Trung học", "KTQLCL", "Phòng Khảo thí và Quản lý chất lượng giáo dục", "TTR",
            "Thanh tra Sở");
    static final Function<String, String> UNIT_NAME = UNITS::get;

    private SamplePlans() {
    }

    static Agency agency() {
        return new Agency("Sở Giáo dục và Đào tạo", "UBND tỉnh Long An", "SGDĐT", "Long An");
    }

    static PlanDetails issued(LocalDate on, int number) {
        return plan(String.format("%02d/KH-SGDĐT", number), on, appendix());
    }

    static PlanDetails notIssued() {
        return plan(null, null, appendix());
    }

    static PlanDetails withRows(List<PlanContent.Row> rows) {
        return plan("15/KH-SGDĐT", LocalDate.of(2026, 1, 15), rows);
    }

    static PlanDetails plan(String number, LocalDate issuedOn, List<PlanContent.Row> appendix) {
        List<String> legalBases = List.of(
                "Căn cứ Quyết định số 116/QĐ-UBND ngày 07/01/2025 của UBND tỉnh về việc giao chỉ tiêu kế hoạch kinh "
                        + "tế - xã hội nhà nước năm 2025;",
                "Căn cứ Quyết định số 506/QĐ-UBND ngày 15/01/2024 của UBND tỉnh Long An về việc ban hành Chương "
                        + "trình hành động thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2025;",
                "Sở Giáo dục và Đào tạo xây dựng kế hoạch triển khai thực hiện, cụ thể như sau:");
        List<PlanContent.Section> sections = List.of(
                new PlanContent.Section("I. NHIỆM VỤ TRỌNG TÂM TẬP TRUNG THỰC HIỆN TRONG NĂM 2025",
                        "- Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh Long An lần thứ XI, nhiệm kỳ 2020-2025, gắn với "
                                + "việc triển khai thực hiện Chiến lược phát triển GD&ĐT đến năm 2030, tầm nhìn đến "
                                + "năm 2045.\n\n- Toàn ngành tiếp tục củng cố và nâng cao chất lượng giáo dục và các "
                                + "điều kiện đảm bảo chất lượng giáo dục; thực hiện nghiêm kỷ cương, nề nếp, dân chủ "
                                + "trong trường học, xây dựng môi trường giáo dục an toàn, lành mạnh, thân thiện, "
                                + "phòng, chống bạo lực học đường và thực hiện tốt vệ sinh trường học.\n- Tiếp tục "
                                + "củng cố kết quả phổ cập giáo dục và giáo dục cho mọi người: thực hiện phổ cập giáo "
                                + "dục cho trẻ 5 tuổi, triển khai thực hiện phổ cập giáo dục trẻ 3-4 tuổi."),
                new PlanContent.Section("II. HOÀN THÀNH CÁC CHỈ TIÊU TRỌNG TÂM NĂM 2025",
                        "Đảm bảo hoàn thành các chỉ tiêu trong năm 2025 như sau:\r\n- Có 73,14 % trường học các cấp "
                                + "đạt chuẩn quốc gia;\r\n- Tỷ lệ huy động trẻ 5 tuổi ra lớp mẫu giáo đạt 99,99%;\r\n"
                                + "- Tỷ lệ học sinh đi học đúng độ tuổi: Tiểu học đạt 99,99%; Trung học cơ sở đạt "
                                + "96%; Trung học phổ thông đạt 75%."),
                new PlanContent.Section("III. GIẢI PHÁP THỰC HIỆN", ("- Tiếp tục đẩy mạnh và nâng cao hiệu quả hoạt "
                        + "động tuyên truyền, quán triệt sâu rộng các chủ trương, chính sách của Đảng và Nhà nước, các "
                        + "định hướng và nhiệm vụ chủ yếu của ngành về đổi mới căn bản, toàn diện giáo dục và đào tạo "
                        + "tới các cơ sở giáo dục, đào tạo, giáo viên và học sinh, sinh viên.\n\n").repeat(4)
                        + "- Thực hiện công tác xã hội hóa theo đúng quy định của pháp luật, trong đó các khoản tài "
                        + "trợ, đóng góp tự nguyện phải bảo đảm đúng tính chất tự nguyện của cá nhân, tổ chức."),
                new PlanContent.Section("IV. PHÂN CÔNG NHIỆM VỤ", "(Đính kèm Phụ lục bảng phân công nhiệm vụ)"),
                new PlanContent.Section("V. TỔ CHỨC THỰC HIỆN", "- Giao Văn phòng Sở làm đầu mối theo dõi, tổng hợp "
                        + "tình hình triển khai thực hiện kế hoạch, báo cáo Giám đốc Sở.\n\nTrên đây là Kế hoạch của "
                        + "Sở GD&ĐT thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2025 của UBND tỉnh./."));
        List<PlanContent.RecipientLine> recipients = List.of(
                new PlanContent.RecipientLine("UBND tỉnh", "b/c", null),
                new PlanContent.RecipientLine("Sở Kế hoạch và Đầu tư", null, null),
                new PlanContent.RecipientLine("GĐ, các PGĐ Sở", null, null),
                new PlanContent.RecipientLine("Các phòng Sở, Thanh tra Sở", "t/h", "TTR"),
                new PlanContent.RecipientLine("Các phòng GD&ĐT huyện, thị xã, thành phố", "t/h", null),
                new PlanContent.RecipientLine("Các đơn vị trực thuộc", null, null));
        PlanDetails.SignerInfo signer = new PlanDetails.SignerInfo("pgd1", SigningForm.KT, "Lê Thị Hồng Nhung",
                "Phó Giám đốc");
        return new PlanDetails(1L, "Thực hiện Quyết định số 506/QĐ-UBND ngày 15/01/2024 của UBND tỉnh Long An về "
                + "việc ban hành Chương trình hành động thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2025", "VP",
                "Văn phòng Sở", "cv.vp", "Đỗ Minh Tuấn", legalBases, sections, recipients, signer, appendix,
                number == null ? PlanStatus.AWAITING_ISSUE : PlanStatus.ISSUED, number, issuedOn, null, List.of(),
                null, Instant.parse("2026-01-03T02:00:00Z"), Instant.parse("2026-01-10T02:00:00Z"));
    }

    /** Twelve rows in two groups, with long Vietnamese text, internal and external coordinators, both deadlines. */
    static List<PlanContent.Row> appendix() {
        List<PlanContent.Row> rows = new ArrayList<>();
        rows.add(row(1, GROUP_A, "Kế hoạch đào tạo giáo viên theo nhu cầu xã hội quy định tại Nghị định số "
                + "116/2020/NĐ-CP ngày 25/9/2020 của Chính phủ năm 2025", "TCCB", List.of("KHTC"),
                List.of("Các Sở ngành liên quan", "UBND các huyện, thị xã, thành phố"), LocalDate.of(2025, 8, 30),
                null, "UBND tỉnh"));
        rows.add(row(2, GROUP_A, "Kế hoạch thực hiện Chương trình Hỗ trợ cơ sở vật chất cho các trường phục vụ đổi "
                + "mới giáo dục phổ thông kết hợp xây dựng trường đạt chuẩn quốc gia năm 2025", "KHTC",
                List.of("GDMN", "GDTrH"), List.of("Sở Tài chính"), LocalDate.of(2025, 3, 31), null, "UBND tỉnh"));
        rows.add(row(3, GROUP_A, "Kế hoạch thực hiện Chương trình Hỗ trợ phát triển giáo dục mầm non năm 2025",
                "GDMN", List.of("KHTC"), List.of(), LocalDate.of(2025, 3, 31), null, "UBND tỉnh"));
        rows.add(row(4, GROUP_A, "Quyết định triển khai thực hiện Nghị quyết của HĐND tỉnh về Quy định chính sách "
                + "miễn học phí đối với học sinh trung học phổ thông thuộc các cơ sở công lập trên địa bàn tỉnh Long "
                + "An", "KHTC", List.of("GDTrH"), List.of("Sở Tư pháp"), LocalDate.of(2025, 7, 30), null,
                "UBND tỉnh"));
        rows.add(row(5, GROUP_A, "Kế hoạch tuyển sinh vào lớp 10 trung học phổ thông năm học 2025-2026 trên địa "
                + "bàn tỉnh Long An", "GDTrH", List.of("KTQLCL", "VP"), List.of(), null, "Quý II/2025",
                "UBND tỉnh"));
        rows.add(row(6, GROUP_A, "Đề án phát triển đội ngũ nhà giáo và cán bộ quản lý giáo dục giai đoạn "
                + "2025-2030, tầm nhìn đến năm 2035", "TCCB", List.of("KHTC", "GDTrH", "GDMN"),
                List.of("Sở Nội vụ"), LocalDate.of(2025, 11, 30), null, "UBND tỉnh"));
        rows.add(row(1, GROUP_B, "Kế hoạch thực hiện công tác Phổ cập giáo dục và Xóa mù chữ năm 2025", "GDTrH",
                List.of("GDMN"), List.of("UBND các huyện, thị xã, thành phố"), null, "Tháng 02/2025", "UBND tỉnh"));
        rows.add(row(2, GROUP_B, "Kế hoạch thực hiện Đề án “Xây dựng xã hội học tập” năm 2025 trên địa bàn tỉnh "
                + "Long An", "GDTrH", List.of(), List.of("Hội Khuyến học tỉnh"), null, "Tháng 02/2025",
                "UBND tỉnh"));
        rows.add(row(3, GROUP_B, "Kế hoạch thực hiện Đề án “Giáo dục hướng nghiệp và định hướng phân luồng học sinh "
                + "phổ thông” năm 2025 trên địa bàn tỉnh Long An", "GDTrH", List.of("KTQLCL"), List.of(), null,
                "Tháng 02/2025", "UBND tỉnh"));
        rows.add(row(4, GROUP_B, "Kế hoạch thực hiện công tác kiểm định chất lượng giáo dục, chuẩn quốc gia cơ sở "
                + "giáo dục mầm non, phổ thông và thường xuyên năm 2025", "KTQLCL", List.of("GDMN", "GDTrH"),
                List.of(), LocalDate.of(2025, 2, 28), null, "Sở GD&ĐT"));
        rows.add(row(5, GROUP_B, "Kế hoạch thực hiện Phòng, chống tham nhũng, tiêu cực năm 2025 của Sở Giáo dục và "
                + "Đào tạo", "TTR", List.of("VP"), List.of(), LocalDate.of(2025, 2, 5), null, "Sở GD&ĐT"));
        rows.add(row(6, GROUP_B, "Kế hoạch chuyển đổi số trong quản lý, chỉ đạo, điều hành và dạy học; ứng dụng "
                + "công nghệ thông tin trong khảo thí, bảo đảm công bằng, khách quan, chính xác, tin cậy", "VP",
                List.of("KTQLCL", "TCCB"), List.of("Sở Thông tin và Truyền thông"), LocalDate.of(2025, 12, 15), null,
                "Sở GD&ĐT"));
        return rows;
    }

    static List<PlanContent.Row> manyRows(int count) {
        List<PlanContent.Row> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(row(i, i <= count / 2 ? GROUP_A : GROUP_B, "Nhiệm vụ số " + i + ": rà soát, cập nhật và "
                    + "triển khai kế hoạch ứng dụng công nghệ thông tin, chuyển đổi số trong các cơ sở giáo dục "
                    + "trên địa bàn tỉnh", "VP", List.of("KTQLCL"), List.of("Sở Thông tin và Truyền thông"),
                    LocalDate.of(2026, 1 + i % 12, 1 + i % 28), null, "Sở GD&ĐT"));
        }
        return rows;
    }

    static PlanContent.Row row(int seq, String group, String content, String lead, List<String> coordinating,
            List<String> external, LocalDate deadline, String deadlineText, String authority) {
        return new PlanContent.Row(seq, group, content, lead, coordinating, external, deadline, deadlineText,
                authority);
    }

    static PlanDocumentModel model(PlanDetails plan, boolean draft) {
        return PlanDocumentModel.of(plan, agency(), UNIT_NAME, draft);
    }
}
