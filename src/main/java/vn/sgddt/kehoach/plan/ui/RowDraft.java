package vn.sgddt.kehoach.plan.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.sgddt.kehoach.plan.PlanContent;

/** A row of the appendix while it is being edited; its number is its position. */
final class RowDraft {

    String group;
    String content = "";
    String leadUnit;
    List<String> coordinatingUnits = new ArrayList<>();
    List<String> externalCoordinators = new ArrayList<>();
    LocalDate deadline;
    String deadlineText;
    String issuingAuthority;

    static RowDraft of(PlanContent.Row row) {
        RowDraft d = new RowDraft();
        d.group = row.group();
        d.content = row.content() == null ? "" : row.content();
        d.leadUnit = row.leadUnit();
        d.coordinatingUnits = new ArrayList<>(row.coordinatingUnits());
        d.externalCoordinators = new ArrayList<>(row.externalCoordinators());
        d.deadline = row.deadline();
        d.deadlineText = row.deadlineText();
        d.issuingAuthority = row.issuingAuthority();
        return d;
    }

    PlanContent.Row toRow(int seq) {
        return new PlanContent.Row(seq, blankToNull(group), content, leadUnit, List.copyOf(coordinatingUnits),
                List.copyOf(externalCoordinators), deadline, blankToNull(deadlineText),
                blankToNull(issuingAuthority));
    }

    /** "UBND các huyện; Công an tỉnh" or one body per line. */
    static List<String> splitBodies(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
