package vn.sgddt.kehoach.exchange.appendix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.sgddt.kehoach.directory.Unit;
import vn.sgddt.kehoach.directory.UnitKind;

/** Tables as offices write them, built with POI, read back into appendix rows. */
class AppendixTablesTest {

    static final List<Unit> UNITS = List.of(new Unit("VP", "Văn phòng Sở", UnitKind.VAN_PHONG),
            new Unit("TCCB", "Phòng Tổ chức cán bộ", UnitKind.PHONG),
            new Unit("KHTC", "Phòng Kế hoạch - Tài chính", UnitKind.PHONG),
            new Unit("GDMN", "Phòng Giáo dục Mầm non - Tiểu học", UnitKind.PHONG),
            new Unit("GDTrH", "Phòng Giáo dục Trung học", UnitKind.PHONG),
            new Unit("KTQLCL", "Phòng Khảo thí và Quản lý chất lượng giáo dục", UnitKind.PHONG),
            new Unit("TTR", "Thanh tra Sở", UnitKind.THANH_TRA));

    static TableInterpreter interpreter(Map<String, String> aliases) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new TableInterpreter(new UnitResolver(UNITS, aliases), messages, 1000);
    }

    static ParseResult readText(String text) {
        return interpreter(Map.of()).interpret(List.of(DelimitedTables.read(text, "text")));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "Phòng GDTrH | GDTrH", "phòng gdtrh | GDTrH", "GDTrH | GDTrH", "Phòng Giáo dục Trung học | GDTrH",
        "Phòng Giáo dục trung học Sở | GDTrH", "phong giao duc trung hoc | GDTrH", "Phòng GD TrH | GDTrH",
        "Phòng KT&QLCLGD | KTQLCL", "Phòng KT&QLC LGD | KTQLCL", "Phòng KT & QLCL GD | KTQLCL",
        "Phòng Khảo thí và Quản lý chất lượng giáo dục | KTQLCL", "Phòng GDMN-TH | GDMN", "Phòng GDMN - TH | GDMN",
        "Phòng GDMN–TH | GDMN", "Phòng Giáo dục Mầm non – Tiểu học | GDMN", "GDMN | GDMN",
        "Phòng KH-TC | KHTC", "Phòng Kế hoạch – Tài chính | KHTC", "Phòng TCCB | TCCB", "Phòng Tổ chức cán bộ | TCCB",
        "Thanh tra Sở | TTR", "Thanh tra | TTR", "TTr | TTR", "Văn phòng Sở | VP", "Văn phòng | VP", "VP | VP",
        "  Phòng   GDTrH.  | GDTrH"})
    void units_written_in_every_usual_way_are_recognised(String written, String code) {
        assertThat(new UnitResolver(UNITS, Map.of()).resolve(written)).contains(code);
    }

    @Test
    void an_alias_added_by_the_administrator_is_used() {
        UnitResolver resolver = new UnitResolver(UNITS, Map.of(VietText.compact("Phòng Trung học"), "GDTrH"));
        assertThat(resolver.resolve("Phòng Trung học")).contains("GDTrH");
        assertThat(new UnitResolver(UNITS, Map.of()).resolve("Phòng Trung học")).isEmpty();
    }

    @Test
    void lists_split_on_semicolons_commas_and_va_but_keep_districts_and_unit_names_whole() {
        UnitResolver resolver = new UnitResolver(UNITS, Map.of());
        assertThat(resolver.split("Các Sở ngành liên quan và UBND các huyện, thị xã, thành phố; các phòng Sở"))
                .containsExactly("Các Sở ngành liên quan", "UBND các huyện, thị xã, thành phố", "các phòng Sở");
        assertThat(resolver.split("Phòng Khảo thí và Quản lý chất lượng giáo dục, Phòng GDTrH và Thanh tra Sở"))
                .containsExactly("Phòng Khảo thí và Quản lý chất lượng giáo dục", "Phòng GDTrH", "Thanh tra Sở");
    }

    @Test
    void va_inside_the_name_of_an_outside_body_does_not_split_it() {
        UnitResolver resolver = new UnitResolver(UNITS, Map.of());
        assertThat(resolver.split("Sở Thông tin và Truyền thông; Sở Lao động - Thương binh và Xã hội"))
                .containsExactly("Sở Thông tin và Truyền thông", "Sở Lao động - Thương binh và Xã hội");
        assertThat(resolver.split("Sở Văn hóa, Thể thao và Du lịch và Công an tỉnh"))
                .containsExactly("Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh");
        assertThat(resolver.split("Sở Tài nguyên và Môi trường và các trường THPT"))
                .containsExactly("Sở Tài nguyên và Môi trường", "các trường THPT");
        assertThat(resolver.split("Phòng GDMN và GDTrH")).containsExactly("Phòng GDMN", "GDTrH");
    }

    @Test
    void the_seed_002_appendix_pasted_from_word_is_read_with_its_groups_units_and_deadlines() throws Exception {
        String text = new String(getClass().getResourceAsStream("/appendix/seed-002-appendix.txt").readAllBytes(),
                StandardCharsets.UTF_8);
        ParseResult result = readText(text);
        assertThat(result.rows()).hasSize(9);
        ParsedRow first = result.rows().get(0);
        assertThat(first.group()).startsWith("A. Nhiệm vụ theo Quyết định số 116/QĐ-UBND");
        assertThat(first.content()).startsWith("Kế hoạch đào tạo giáo viên theo nhu cầu xã hội");
        assertThat(first.leadUnit()).isNull();
        assertThat(first.warnings()).extracting(ParseWarning::code).contains("leadUnknown");
        assertThat(first.externalCoordinators()).containsExactly("Các Sở ngành liên quan",
                "UBND các huyện, thị xã, thành phố");
        assertThat(first.coordinatingUnits()).containsExactly("TCCB", "KHTC", "GDMN", "GDTrH", "KTQLCL");
        assertThat(first.deadline()).isEqualTo(LocalDate.of(2025, 8, 30));
        assertThat(first.issuingAuthority()).isEqualTo("UBND tỉnh");

        ParsedRow b1 = result.rows().get(4);
        assertThat(b1.group()).startsWith("B. Nhiệm vụ theo Nghị quyết Hội nghị CBCC");
        assertThat(b1.seq()).isEqualTo(1);
        assertThat(b1.leadUnit()).isEqualTo("GDTrH");
        assertThat(b1.coordinatingUnits()).containsExactly("TCCB", "KHTC", "GDMN", "KTQLCL");
        assertThat(b1.deadline()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(b1.deadlineText()).isEqualTo("Tháng 02/2025");
        assertThat(b1.warnings()).isEmpty();

        ParsedRow typo = result.rows().get(7);
        assertThat(typo.leadText()).isEqualTo("Phòng KT&QLC LGD");
        assertThat(typo.leadUnit()).isEqualTo("KTQLCL");
        ParsedRow last = result.rows().get(8);
        assertThat(last.leadUnit()).isEqualTo("TTR");
        assertThat(last.coordinatingUnits()).containsExactly("TCCB", "KHTC", "GDMN", "GDTrH", "KTQLCL");
        assertThat(last.deadline()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void columns_in_another_order_with_other_names_and_an_extra_column_kept_as_a_note() {
        String text = "Tên nhiệm vụ\tThời hạn\tCơ quan chủ trì\tGhi chú\tCấp trình\tCơ quan phối hợp\tSTT\n"
                + "Xây dựng đề án\tQuý II/2026\tPhòng GDTrH\tƯu tiên\tUBND tỉnh\tPhòng KH-TC; Thanh tra Sở\t1\n"
                + "Báo cáo tháng\tngày 05 hằng tháng\tVăn phòng\t\tSở GD&ĐT\t\t2\n";
        ParseResult result = readText(text);
        assertThat(result.rows()).hasSize(2);
        ParsedRow r = result.rows().get(0);
        assertThat(r.content()).isEqualTo("Xây dựng đề án");
        assertThat(r.leadUnit()).isEqualTo("GDTrH");
        assertThat(r.coordinatingUnits()).containsExactly("KHTC", "TTR");
        assertThat(r.deadline()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(r.issuingAuthority()).isEqualTo("UBND tỉnh");
        assertThat(r.note()).isEqualTo("Ghi chú: Ưu tiên");
        ParsedRow monthly = result.rows().get(1);
        assertThat(monthly.leadUnit()).isEqualTo("VP");
        assertThat(monthly.recurrence()).isEqualTo("MONTHLY on day 5");
        assertThat(monthly.deadline()).isNull();
    }

    @Test
    void all_departments_means_every_phong_other_than_the_lead() {
        ParseResult result = readText("Nội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\n"
                + "Việc A\tPhòng KH-TC\tcác phòng chuyên môn\n" + "Việc B\tThanh tra Sở\tCác phòng Sở\n");
        assertThat(result.rows().get(0).coordinatingUnits()).containsExactly("TCCB", "GDMN", "GDTrH", "KTQLCL");
        assertThat(result.rows().get(1).coordinatingUnits()).containsExactly("TCCB", "KHTC", "GDMN", "GDTrH",
                "KTQLCL");
    }

    @Test
    void a_row_with_two_lead_units_or_an_unreadable_deadline_is_flagged_not_guessed() {
        ParseResult result = readText("Nội dung\tĐơn vị chủ trì\tThời gian hoàn thành\n"
                + "Việc A\tPhòng GDTrH, Phòng GDMN-TH\t31/02/2026\n");
        ParsedRow r = result.rows().get(0);
        assertThat(r.leadUnit()).isEqualTo("GDTrH");
        assertThat(r.deadline()).isNull();
        assertThat(r.deadlineText()).isEqualTo("31/02/2026");
        assertThat(r.warnings()).extracting(ParseWarning::code).containsExactly("leadMultiple", "deadlineUnreadable");
        assertThat(r.warnings().get(0).messageVi()).contains("một đơn vị chủ trì");
        assertThat(r.warnings().get(0).messageEn()).contains("exactly one lead unit");
    }

    @Test
    void a_csv_with_quoted_fields_and_a_byte_order_mark_is_read() {
        String csv = "\uFEFFSTT,Nội dung,Đơn vị chủ trì,Đơn vị phối hợp,Thời hạn\r\n"
                + "1,\"Kế hoạch A, giai đoạn 1\",Phòng TCCB,\"Phòng GDTrH, Văn phòng\",30/9/2026\r\n"
                + "2,\"Dòng có \"\"ngoặc\"\"\nvà xuống dòng\",Phòng TCCB,,cả năm 2026\r\n";
        ParseResult result = readText(csv);
        assertThat(result.rows()).hasSize(2);
        assertThat(result.rows().get(0).content()).isEqualTo("Kế hoạch A, giai đoạn 1");
        assertThat(result.rows().get(0).coordinatingUnits()).containsExactly("GDTrH", "VP");
        assertThat(result.rows().get(1).content()).isEqualTo("Dòng có \"ngoặc\"\nvà xuống dòng");
        assertThat(result.rows().get(1).deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void text_in_decomposed_unicode_is_normalised_to_nfc() {
        String nfd = java.text.Normalizer.normalize("Nội dung\tĐơn vị chủ trì\nTổ chức hội nghị\tPhòng GDTrH\n",
                java.text.Normalizer.Form.NFD);
        ParsedRow r = readText(nfd).rows().get(0);
        assertThat(r.content()).isEqualTo("Tổ chức hội nghị");
        assertThat(java.text.Normalizer.isNormalized(r.content(), java.text.Normalizer.Form.NFC)).isTrue();
        assertThat(r.leadUnit()).isEqualTo("GDTrH");
    }

    @Test
    void a_table_without_the_assignment_header_is_refused() {
        assertThatThrownBy(() -> readText("Họ tên\tChức vụ\nNguyễn Văn A\tChuyên viên\n"))
                .isInstanceOf(AppendixReadException.class)
                .satisfies(e -> assertThat(((AppendixReadException) e).violations().get(0).messageKey())
                        .isEqualTo("appendix.noTable"));
        assertThatThrownBy(() -> readText("Nội dung\tĐơn vị chủ trì\n\t\n"))
                .isInstanceOf(AppendixReadException.class)
                .satisfies(e -> assertThat(((AppendixReadException) e).violations().get(0).messageKey())
                        .isEqualTo("appendix.emptyTable"));
    }

    @Test
    void a_word_table_with_merged_cells_a_spanning_group_row_and_a_column_number_row_is_read() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Phụ lục");
            XWPFTable table = doc.createTable(6, 6);
            String[] header = {"Số TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
                "Thời gian hoàn thành", "Thẩm quyền ban hành"};
            for (int c = 0; c < 6; c++) {
                table.getRow(0).getCell(c).setText(header[c]);
                table.getRow(1).getCell(c).setText("(" + (c + 1) + ")");
            }
            // row 2: a group heading merged across the whole table
            XWPFTableRow group = table.getRow(2);
            for (int c = 5; c > 0; c--) {
                group.removeCell(c);
            }
            XWPFTableCell spanning = group.getCell(0);
            spanning.setText("A. Nhiệm vụ theo Quyết định số 116/QĐ-UBND");
            spanning.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(6));
            String[][] rows = {{"1", "Kế hoạch phổ cập giáo dục", "Phòng GDTrH", "các phòng Sở", "Quý I/2026",
                "UBND tỉnh"}, {"2", "Kế hoạch kiểm định", "", "Văn phòng", "Tháng 02/2026", "Sở GD&ĐT"},
                {"3", "Đề án chuyển đổi số", "Phòng KT&QLCLGD", "", "6 tháng cuối năm 2026", "UBND tỉnh"}};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 6; c++) {
                    table.getRow(3 + r).getCell(c).setText(rows[r][c]);
                }
            }
            // the lead unit of row 1 is merged down over row 2
            table.getRow(3).getCell(2).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            table.getRow(4).getCell(2).getCTTc().addNewTcPr().addNewVMerge();
            doc.write(out);
            docx = out.toByteArray();
        }
        ParseResult result = interpreter(Map.of()).interpret(DocxTables.read(new ByteArrayInputStream(docx)));
        assertThat(result.rows()).hasSize(3);
        assertThat(result.rows()).allSatisfy(r -> assertThat(r.group())
                .isEqualTo("A. Nhiệm vụ theo Quyết định số 116/QĐ-UBND"));
        assertThat(result.rows().get(0).leadUnit()).isEqualTo("GDTrH");
        assertThat(result.rows().get(0).coordinatingUnits()).containsExactly("TCCB", "KHTC", "GDMN", "KTQLCL");
        assertThat(result.rows().get(0).deadline()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(result.rows().get(1).leadUnit()).as("merged down from the row above").isEqualTo("GDTrH");
        assertThat(result.rows().get(1).coordinatingUnits()).containsExactly("VP");
        assertThat(result.rows().get(2).leadUnit()).isEqualTo("KTQLCL");
        assertThat(result.rows().get(2).deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void an_excel_sheet_with_a_title_merged_group_rows_and_dates_is_read() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Ghi chú").createRow(0).createCell(0).setCellValue("Không có bảng ở đây");
            Sheet sheet = book.createSheet("Phụ lục");
            sheet.createRow(0).createCell(0).setCellValue("BẢNG PHÂN CÔNG NHIỆM VỤ");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
            Row header = sheet.createRow(2);
            String[] names = {"TT", "Nội dung", "Chủ trì", "Phối hợp", "Tiến độ", "Cấp ban hành"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            sheet.createRow(3).createCell(0).setCellValue("I. Nhiệm vụ trọng tâm");
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 0, 5));
            Row r1 = sheet.createRow(4);
            r1.createCell(0).setCellValue(1);
            r1.createCell(1).setCellValue("Tổ chức kỳ thi");
            r1.createCell(2).setCellValue("Phòng KT&QLCLGD");
            r1.createCell(3).setCellValue("Phòng GDTrH và Thanh tra Sở");
            org.apache.poi.ss.usermodel.Cell date = r1.createCell(4);
            date.setCellValue(LocalDate.of(2026, 6, 15));
            org.apache.poi.ss.usermodel.CellStyle style = book.createCellStyle();
            style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("d/m/yyyy"));
            date.setCellStyle(style);
            r1.createCell(5).setCellValue("Sở GD&ĐT");
            Row r2 = sheet.createRow(5);
            r2.createCell(0).setCellValue(2);
            r2.createCell(1).setCellValue("Báo cáo quý");
            r2.createCell(2).setCellValue("Văn phòng Sở");
            r2.createCell(4).setCellValue("định kỳ hằng quý");
            book.write(out);
            xlsx = out.toByteArray();
        }
        ParseResult result = interpreter(Map.of()).interpret(XlsxTables.read(new ByteArrayInputStream(xlsx), 1000));
        assertThat(result.rows()).hasSize(2);
        ParsedRow exam = result.rows().get(0);
        assertThat(exam.group()).isEqualTo("I. Nhiệm vụ trọng tâm");
        assertThat(exam.seq()).isEqualTo(1);
        assertThat(exam.leadUnit()).isEqualTo("KTQLCL");
        assertThat(exam.coordinatingUnits()).containsExactly("GDTrH", "TTR");
        assertThat(exam.deadline()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(result.rows().get(1).recurrence()).isEqualTo("QUARTERLY");
        assertThat(result.rows().get(1).leadUnit()).isEqualTo("VP");
    }
}
