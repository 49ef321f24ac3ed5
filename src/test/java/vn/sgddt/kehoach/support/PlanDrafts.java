package vn.sgddt.kehoach.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.plan.SigningForm;

/** Plan contents for tests: a valid draft of a unit by default, each part replaceable. */
public final class PlanDrafts {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private String title;
    private String draftingUnit;
    private final List<String> legalBases = new ArrayList<>(
            List.of("Luật Giáo dục ngày 14 tháng 6 năm 2019;", "Nghị định số 30/2020/NĐ-CP của Chính phủ;"));
    private final List<PlanContent.Section> sections = new ArrayList<>(List.of(
            new PlanContent.Section("I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chất lượng dạy và học."),
            new PlanContent.Section("II. NỘI DUNG", "Theo phụ lục đính kèm.")));
    private final List<PlanContent.RecipientLine> recipients = new ArrayList<>(
            List.of(new PlanContent.RecipientLine("UBND tỉnh", "b/c", null)));
    private PlanContent.Signer signer = new PlanContent.Signer("giamdoc", SigningForm.DIRECT);
    private final List<PlanContent.Row> appendix = new ArrayList<>();

    private PlanDrafts(String draftingUnit) {
        this.draftingUnit = draftingUnit;
        this.title = "Kế hoạch kiểm thử số " + SEQUENCE.incrementAndGet() + " của " + draftingUnit;
    }

    /** A valid draft of the unit, signed by the Giám đốc, without an appendix. */
    public static PlanDrafts of(String draftingUnit) {
        return new PlanDrafts(draftingUnit);
    }

    /** A row of the appendix with a lead unit, the coordinating units and a deadline. */
    public static PlanContent.Row row(String content, String leadUnit, String... coordinatingUnits) {
        return new PlanContent.Row(null, null, content, leadUnit, Arrays.asList(coordinatingUnits), List.of(),
                LocalDate.of(2099, 12, 31), null, null);
    }

    public PlanDrafts title(String title) {
        this.title = title;
        return this;
    }

    public PlanDrafts draftingUnit(String draftingUnit) {
        this.draftingUnit = draftingUnit;
        return this;
    }

    public PlanDrafts signer(String username, SigningForm form) {
        this.signer = new PlanContent.Signer(username, form);
        return this;
    }

    public PlanDrafts noSigner() {
        this.signer = null;
        return this;
    }

    /** An internal unit among the recipients ("Nơi nhận"). */
    public PlanDrafts recipientUnit(String name, String unitCode) {
        recipients.add(new PlanContent.RecipientLine(name, "t/h", unitCode));
        return this;
    }

    public PlanDrafts row(PlanContent.Row row) {
        appendix.add(row);
        return this;
    }

    public String title() {
        return title;
    }

    public PlanContent build() {
        return new PlanContent(title, draftingUnit, List.copyOf(legalBases), List.copyOf(sections),
                List.copyOf(recipients), signer, new ArrayList<>(appendix));
    }
}
