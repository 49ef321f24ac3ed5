package vn.sgddt.kehoach.exchange.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.directory.Agency;
import vn.sgddt.kehoach.plan.Plan;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.plan.PlanDetails;
import vn.sgddt.kehoach.plan.SigningForm;

/**
 * Every word printed on a plan, already in its printed form (upper case, dates, numbers, "Nơi nhận" lines), so that
 * the Word and PDF writers only lay it out.
 *
 * @param parentName       cơ quan chủ quản, "UBND TỈNH LONG AN"; empty when the agency has none
 * @param agencyName       cơ quan ban hành in upper case, "SỞ GIÁO DỤC VÀ ĐÀO TẠO"
 * @param numberLine       "Số: 15/KH-SGDĐT", or "Số:      /KH-SGDĐT" while the plan has no number
 * @param placeAndDate     "Long An, ngày 15 tháng 01 năm 2026", with blanks for day and month while not issued
 * @param documentType     tên loại văn bản, "KẾ HOẠCH"
 * @param title            trích yếu; a line break in it starts a new printed line
 * @param legalBases       căn cứ, one paragraph each
 * @param sections         the body, heading by heading
 * @param recipients       the lines under "Nơi nhận:", the last one "- Lưu: VT, <drafting unit>."
 * @param signature        quyền hạn, chức vụ and name of the signer
 * @param appendix         the task-assignment appendix, or null when the plan has none
 * @param draft            whether to mark the document "DỰ THẢO"
 */
public record PlanDocumentModel(String parentName, String agencyName, String numberLine, String placeAndDate,
        String documentType, String title, List<String> legalBases, List<Section> sections, List<String> recipients,
        Signature signature, Appendix appendix, boolean draft) {

    public static final String DOCUMENT_TYPE = "KẾ HOẠCH";
    public static final String RECIPIENTS_HEADING = "Nơi nhận:";
    public static final String DRAFT_MARK = "DỰ THẢO";
    /** The head of a Sở, in whose name a deputy signs "KT." */
    public static final String HEAD_TITLE = "GIÁM ĐỐC";
    public static final String DEPUTY_TITLE = "PHÓ GIÁM ĐỐC";
    public static final String APPENDIX_LABEL = "Phụ lục";
    public static final String APPENDIX_TITLE = "BẢNG PHÂN CÔNG NHIỆM VỤ";
    public static final List<String> APPENDIX_COLUMNS = List.of("Số TT", "Nội dung", "Đơn vị chủ trì",
            "Đơn vị phối hợp", "Thời gian hoàn thành", "Thẩm quyền ban hành");

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    public PlanDocumentModel {
        parentName = Objects.requireNonNullElse(parentName, "");
        agencyName = Objects.requireNonNullElse(agencyName, "");
        numberLine = Objects.requireNonNullElse(numberLine, "");
        placeAndDate = Objects.requireNonNullElse(placeAndDate, "");
        documentType = Objects.requireNonNullElse(documentType, DOCUMENT_TYPE);
        title = Objects.requireNonNullElse(title, "");
        legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
        sections = sections == null ? List.of() : List.copyOf(sections);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        signature = signature == null ? new Signature(List.of(HEAD_TITLE), "") : signature;
    }

    /** A heading ("I. MỤC ĐÍCH, YÊU CẦU", may be empty) and its paragraphs. */
    public record Section(String heading, List<String> paragraphs) {
        public Section {
            heading = Objects.requireNonNullElse(heading, "");
            paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        }
    }

    /** "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC", or "GIÁM ĐỐC"; then the name, below the space for signature and seal. */
    public record Signature(List<String> titles, String fullName) {
        public Signature {
            titles = titles == null ? List.of() : List.copyOf(titles);
            fullName = Objects.requireNonNullElse(fullName, "");
        }
    }

    /**
     * "Phụ lục", its title, "(Kèm theo Kế hoạch số … ngày … của …)" and the rows, in runs that share a group
     * heading.
     */
    public record Appendix(String label, String title, String reference, List<Group> groups) {
        public Appendix {
            groups = groups == null ? List.of() : List.copyOf(groups);
        }

        public int rowCount() {
            return groups.stream().mapToInt(g -> g.rows().size()).sum();
        }
    }

    /** Rows under one heading ("A. Nhiệm vụ theo Quyết định số …"); the heading is empty for rows without one. */
    public record Group(String heading, List<Row> rows) {
        public Group {
            heading = Objects.requireNonNullElse(heading, "");
            rows = rows == null ? List.of() : List.copyOf(rows);
        }
    }

    /** One printed row: every cell as text, units already by name. */
    public record Row(String seq, String content, String leadUnit, String coordinatingUnits, String deadline,
            String issuingAuthority) {

        public List<String> cells() {
            return Stream.of(seq, content, leadUnit, coordinatingUnits, deadline, issuingAuthority)
                    .map(c -> c == null ? "" : c).toList();
        }
    }

    /**
     * The document of {@code plan} as {@code agency} issues it.
     *
     * @param unitName the name of an internal unit by its code ("GDTrH" → "Phòng Giáo dục Trung học"); a code it
     *                 does not know (null or blank answer) is printed as it is
     * @param draft    mark it "DỰ THẢO"; a draft never shows a number or a date, even if the plan has them
     */
    public static PlanDocumentModel of(PlanDetails plan, Agency agency, Function<String, String> unitName,
            boolean draft) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(agency, "agency");
        Function<String, String> names = code -> {
            String name = code == null || unitName == null ? null : unitName.apply(code);
            return name == null || name.isBlank() ? Objects.requireNonNullElse(code, "") : name;
        };
        boolean issued = !draft && plan.number() != null && !plan.number().isBlank() && plan.issuedOn() != null;
        String symbol = Objects.requireNonNullElse(agency.getSymbol(), "");
        String blankNumber = DateLines.BLANK + "/" + Plan.DOCUMENT_TYPE + (symbol.isEmpty() ? "" : "-" + symbol);
        // issued: "Số: 15/KH-SGDĐT"; not yet: "Số:      /KH-SGDĐT", the blank takes the place of the space
        String number = issued ? " " + plan.number().strip() : blankNumber;
        String placeAndDate = issued ? DateLines.placeAndDate(agency.getPlace(), plan.issuedOn())
                : DateLines.placeAndBlankDate(agency.getPlace());

        List<Section> sections = plan.sections() == null ? List.of() : plan.sections().stream()
                .map(s -> new Section(PrintableText.line(s.heading()).strip(), PrintableText.paragraphs(s.text())))
                .toList();
        List<String> legalBases = plan.legalBases() == null ? List.of() : plan.legalBases().stream()
                .flatMap(b -> PrintableText.paragraphs(b).stream()).toList();
        String agencyDisplayName = PrintableText.line(agency.getName()).strip();
        String reference = "(Kèm theo Kế hoạch số" + number + " ngày"
                + (issued ? " " + Formats.date(plan.issuedOn())
                        : DateLines.BLANK + "/" + DateLines.BLANK + "/" + DateLines.YEAR_BLANK)
                + " của " + agencyDisplayName + ")";
        List<Group> groups = groups(plan.appendix(), names);

        return new PlanDocumentModel(upper(agency.getParentName()), upper(agency.getName()), "Số:" + number,
                placeAndDate, DOCUMENT_TYPE, title(plan.title()), legalBases, sections,
                recipients(plan.recipients(), plan.draftingUnit()), signature(plan.signer()),
                groups.isEmpty() ? null : new Appendix(APPENDIX_LABEL, APPENDIX_TITLE, reference, groups), draft);
    }

    private static String title(String title) {
        return String.join("\n", PrintableText.paragraphs(title));
    }

    private static String upper(String s) {
        return PrintableText.line(s).strip().toUpperCase(VIETNAMESE);
    }

    /** "- UBND tỉnh (b/c);" per line, then "- Lưu: VT, HCQT." (NĐ 30: the record copy is always the last line). */
    static List<String> recipients(List<PlanContent.RecipientLine> lines, String draftingUnit) {
        List<String> printed = new ArrayList<>();
        for (PlanContent.RecipientLine r : lines == null ? List.<PlanContent.RecipientLine>of() : lines) {
            String name = PrintableText.line(r.name()).strip().replaceFirst("^[-–+•]\\s*", "")
                    .replaceFirst("[;,.\\s]+$", "");
            if (name.isEmpty() || name.toLowerCase(VIETNAMESE).startsWith("lưu:")) {
                continue;
            }
            String purpose = PrintableText.line(r.purpose()).strip().replaceFirst("^\\((.*)\\)$", "$1").strip();
            printed.add("- " + name + (purpose.isEmpty() ? "" : " (" + purpose + ")") + ";");
        }
        String unit = PrintableText.line(draftingUnit).strip();
        printed.add("- Lưu: VT" + (unit.isEmpty() ? "" : ", " + unit) + ".");
        return printed;
    }

    private static Signature signature(PlanDetails.SignerInfo signer) {
        if (signer == null) {
            return new Signature(List.of(HEAD_TITLE), "");
        }
        String position = upper(signer.position());
        String name = PrintableText.line(signer.fullName()).strip();
        if (signer.form() == SigningForm.KT) {
            return new Signature(List.of("KT. " + HEAD_TITLE, position.isEmpty() ? DEPUTY_TITLE : position), name);
        }
        return new Signature(List.of(position.isEmpty() ? HEAD_TITLE : position), name);
    }

    /** Consecutive rows with the same group form one group, in the order of the plan. */
    private static List<Group> groups(List<PlanContent.Row> rows, Function<String, String> unitName) {
        List<Group> groups = new ArrayList<>();
        if (rows == null || rows.isEmpty()) {
            return groups;
        }
        String heading = null;
        List<Row> current = new ArrayList<>();
        for (PlanContent.Row r : rows) {
            String group = PrintableText.line(r.group()).strip();
            if (heading == null || !group.equals(heading)) {
                if (heading != null) {
                    groups.add(new Group(heading, current));
                }
                heading = group;
                current = new ArrayList<>();
            }
            current.add(row(r, current.size() + 1, unitName));
        }
        groups.add(new Group(heading, current));
        return groups;
    }

    private static Row row(PlanContent.Row r, int position, Function<String, String> unitName) {
        List<String> coordinators = new ArrayList<>();
        r.coordinatingUnits().stream().map(unitName).map(u -> PrintableText.line(u).strip())
                .filter(u -> !u.isEmpty()).forEach(coordinators::add);
        r.externalCoordinators().stream().map(u -> PrintableText.line(u).strip()).filter(u -> !u.isEmpty())
                .forEach(coordinators::add);
        String deadline = PrintableText.isBlank(r.deadlineText()) ? Formats.date(r.deadline())
                : PrintableText.line(r.deadlineText()).strip();
        return new Row(String.valueOf(r.seq() == null ? position : r.seq()),
                String.join("\n", PrintableText.paragraphs(r.content())),
                PrintableText.line(r.leadUnit() == null ? "" : unitName.apply(r.leadUnit())).strip(),
                String.join("; ", coordinators), deadline, PrintableText.line(r.issuingAuthority()).strip());
    }
}
