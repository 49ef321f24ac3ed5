package vn.sgddt.kehoach.exchange.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.plan.PlanDetails;
import vn.sgddt.kehoach.plan.SigningForm;

/** What is printed, before any layout: NĐ 30 dates, numbers, "Nơi nhận", signature block and the appendix rows. */
class PlanDocumentModelTest {

    @Test
    void the_date_line_pads_days_under_ten_and_the_months_january_and_february() {
        assertThat(DateLines.placeAndDate("Long An", LocalDate.of(2026, 1, 5)))
                .isEqualTo("Long An, ngày 05 tháng 01 năm 2026");
        assertThat(DateLines.placeAndDate("Long An", LocalDate.of(2026, 2, 28)))
                .isEqualTo("Long An, ngày 28 tháng 02 năm 2026");
        assertThat(DateLines.placeAndDate("Long An", LocalDate.of(2026, 3, 15)))
                .isEqualTo("Long An, ngày 15 tháng 3 năm 2026");
        assertThat(DateLines.placeAndDate("Long An", LocalDate.of(2026, 12, 9)))
                .isEqualTo("Long An, ngày 09 tháng 12 năm 2026");
        assertThat(DateLines.placeAndDate(null, LocalDate.of(2026, 10, 31))).isEqualTo("ngày 31 tháng 10 năm 2026");
    }

    @Test
    void a_plan_not_yet_issued_leaves_room_for_day_month_year_and_number() {
        String year = "\u00A0".repeat(10);
        assertThat(DateLines.placeAndBlankDate("Long An")).isEqualTo("Long An, ngày      tháng      năm" + year);

        PlanDocumentModel m = SamplePlans.model(SamplePlans.notIssued(), false);

        assertThat(m.numberLine()).isEqualTo("Số:      /KH-SGDĐT");
        assertThat(m.placeAndDate()).isEqualTo("Long An, ngày      tháng      năm" + year);
        assertThat(m.appendix().reference()).isEqualTo(
                "(Kèm theo Kế hoạch số      /KH-SGDĐT ngày      /      /" + year + " của Sở Giáo dục và Đào tạo)");
    }

    @Test
    void an_issued_plan_prints_its_number_and_date_and_the_agency_in_capitals() {
        PlanDocumentModel m = SamplePlans.model(SamplePlans.issued(LocalDate.of(2026, 1, 15), 15), false);

        assertThat(m.parentName()).isEqualTo("UBND TỈNH LONG AN");
        assertThat(m.agencyName()).isEqualTo("SỞ GIÁO DỤC VÀ ĐÀO TẠO");
        assertThat(m.numberLine()).isEqualTo("Số: 15/KH-SGDĐT");
        assertThat(m.placeAndDate()).isEqualTo("Long An, ngày 15 tháng 01 năm 2026");
        assertThat(m.documentType()).isEqualTo("KẾ HOẠCH");
        assertThat(m.appendix().reference())
                .isEqualTo("(Kèm theo Kế hoạch số 15/KH-SGDĐT ngày 15/01/2026 của Sở Giáo dục và Đào tạo)");
        assertThat(m.draft()).isFalse();
    }

    @Test
    void a_draft_shows_no_number_even_when_the_plan_has_one() {
        PlanDocumentModel m = SamplePlans.model(SamplePlans.issued(LocalDate.of(2026, 1, 15), 15), true);

        assertThat(m.draft()).isTrue();
        assertThat(m.numberLine()).isEqualTo("Số:      /KH-SGDĐT");
        assertThat(m.placeAndDate()).doesNotContain("15 tháng");
    }

    @Test
    void recipients_end_with_the_record_copy_of_the_drafting_unit() {
        List<String> lines = PlanDocumentModel.recipients(List.of(
                new PlanContent.RecipientLine("UBND tỉnh", "b/c", null),
                new PlanContent.RecipientLine("- Sở Tài chính;", "(t/h)", null),
                new PlanContent.RecipientLine("Lưu: VT, KHTC.", null, null),
                new PlanContent.RecipientLine("  ", null, null)), "KHTC");

        assertThat(lines).containsExactly("- UBND tỉnh (b/c);", "- Sở Tài chính (t/h);", "- Lưu: VT, KHTC.");
    }

    @Test
    void a_deputy_signs_for_the_director_and_the_director_signs_directly() {
        PlanDocumentModel kt = SamplePlans.model(SamplePlans.notIssued(), false);
        assertThat(kt.signature().titles()).containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
        assertThat(kt.signature().fullName()).isEqualTo("Lê Thị Hồng Nhung");

        PlanDetails p = SamplePlans.notIssued();
        PlanDetails direct = new PlanDetails(p.id(), p.title(), p.draftingUnit(), p.draftingUnitName(), p.drafter(),
                p.drafterName(), p.legalBases(), p.sections(), p.recipients(),
                new PlanDetails.SignerInfo("giamdoc", SigningForm.DIRECT, "Trần Văn Minh", null), p.appendix(),
                p.status(), p.number(), p.issuedOn(), p.currentStep(), p.history(), p.returnComment(),
                p.createdAt(), p.updatedAt());
        assertThat(SamplePlans.model(direct, false).signature().titles()).containsExactly("GIÁM ĐỐC");
    }

    @Test
    void appendix_rows_print_unit_names_external_coordinators_last_and_deadline_text_first() {
        PlanDocumentModel m = SamplePlans.model(SamplePlans.notIssued(), false);

        assertThat(m.appendix().groups()).extracting(PlanDocumentModel.Group::heading)
                .containsExactly(SamplePlans.GROUP_A, SamplePlans.GROUP_B);
        assertThat(m.appendix().rowCount()).isEqualTo(12);
        PlanDocumentModel.Row first = m.appendix().groups().get(0).rows().get(0);
        assertThat(first.leadUnit()).isEqualTo("Phòng Tổ chức cán bộ");
        assertThat(first.coordinatingUnits())
                .isEqualTo("Phòng Kế hoạch - Tài chính; Các Sở ngành liên quan; UBND các huyện, thị xã, thành phố");
        assertThat(first.deadline()).isEqualTo("30/08/2025");
        assertThat(m.appendix().groups().get(0).rows().get(4).deadline()).isEqualTo("Quý II/2025");
    }

    @Test
    void section_text_becomes_paragraphs_and_control_characters_are_dropped() {
        PlanDetails p = SamplePlans.plan(null, null, List.of(SamplePlans.row(1, null, "Nội\u0007 dung\u200b",
                "XYZ", List.of(), List.of(), null, null, null)));
        PlanDocumentModel m = SamplePlans.model(p, false);

        assertThat(m.sections().get(0).paragraphs()).hasSize(3)
                .allSatisfy(par -> assertThat(par).startsWith("- "));
        assertThat(m.sections().get(1).paragraphs()).hasSize(4);
        PlanDocumentModel.Row row = m.appendix().groups().get(0).rows().get(0);
        assertThat(row.content()).isEqualTo("Nội dung");
        assertThat(row.leadUnit()).as("a code the directory does not know is printed as it is").isEqualTo("XYZ");
        assertThat(m.appendix().groups().get(0).heading()).isEmpty();
    }
}
