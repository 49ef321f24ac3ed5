package vn.sgddt.kehoach.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.base.InvalidInputException;
import vn.sgddt.kehoach.base.PlainText;
import vn.sgddt.kehoach.base.Violation;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.directory.Official;
import vn.sgddt.kehoach.directory.Role;
import vn.sgddt.kehoach.directory.Unit;

/** Checks a plan's content against the rules, naming every field that breaks one. */
@Component
class PlanValidator {

    private static final int USERNAME_MAX_LENGTH = 64;
    /** "GDTrH, VP", "GDTrH; VP", "GDTrH và VP": more than one unit written as the lead. */
    private static final Pattern SEVERAL_UNITS = Pattern.compile("\\s*[,;+&/]\\s*|\\s+(và|and)\\s+");

    private final DirectoryService directory;

    PlanValidator(DirectoryService directory) {
        this.directory = directory;
    }

    /**
     * Rules every saved draft keeps, on the content as {@link PlanContent#normalized} gives it: every one-line field
     * free of control characters and markup, every list and text within its bounds, exactly one known lead unit per
     * row.
     */
    void validate(PlanContent content) {
        List<Violation> violations = new ArrayList<>();
        Set<String> unitCodes = new HashSet<>(directory.units().stream().map(Unit::getCode).toList());

        if (isBlank(content.title())) {
            violations.add(new Violation("title", "validation.title.required"));
        } else {
            PlainText.checkLine("title", content.title(), Plan.TITLE_MAX_LENGTH, violations);
        }
        checkUnit("draftingUnit", content.draftingUnit(), unitCodes, violations);
        checkCount("legalBases", content.legalBases(), Plan.LEGAL_BASES_MAX, violations);
        for (int i = 0; i < content.legalBases().size() && i < Plan.LEGAL_BASES_MAX; i++) {
            requiredLine("legalBases[" + i + "]", content.legalBases().get(i), Plan.LEGAL_BASIS_MAX_LENGTH,
                    violations);
        }
        checkCount("sections", content.sections(), Plan.SECTIONS_MAX, violations);
        for (int i = 0; i < content.sections().size() && i < Plan.SECTIONS_MAX; i++) {
            PlanContent.Section s = content.sections().get(i);
            requiredLine("sections[" + i + "].heading", s == null ? null : s.heading(), Plan.HEADING_MAX_LENGTH,
                    violations);
            if (s != null) {
                PlainText.checkText("sections[" + i + "].text", s.text(), Plan.TEXT_MAX_LENGTH, violations);
            }
        }
        checkCount("recipients", content.recipients(), Plan.RECIPIENTS_MAX, violations);
        for (int i = 0; i < content.recipients().size() && i < Plan.RECIPIENTS_MAX; i++) {
            PlanContent.RecipientLine r = content.recipients().get(i);
            requiredLine("recipients[" + i + "].name", r == null ? null : r.name(), Plan.NAME_MAX_LENGTH,
                    violations);
            if (r != null) {
                PlainText.checkLine("recipients[" + i + "].purpose", r.purpose(), Plan.PURPOSE_MAX_LENGTH,
                        violations);
                if (!isBlank(r.unit())) {
                    checkUnit("recipients[" + i + "].unit", r.unit(), unitCodes, violations);
                }
            }
        }
        validateSigner(content.signer(), violations);
        if (content.appendix().size() > Plan.APPENDIX_MAX_ROWS) {
            violations.add(new Violation("appendix", "validation.appendix.tooMany", Plan.APPENDIX_MAX_ROWS));
        }
        for (int i = 0; i < content.appendix().size() && i < Plan.APPENDIX_MAX_ROWS; i++) {
            validateRow("appendix[" + i + "]", content.appendix().get(i), unitCodes, violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** What a plan needs before it leaves the drafting unit: a signer, and people to route it to. */
    void validateForSubmission(Plan plan) {
        List<Violation> violations = new ArrayList<>();
        if (plan.getSigner() == null) {
            violations.add(new Violation("signer", "validation.signer.required"));
        }
        Unit unit = directory.unit(plan.getDraftingUnit()).orElse(null);
        if (unit == null || unit.getHeadUsername() == null || directory.official(unit.getHeadUsername()).isEmpty()) {
            violations.add(new Violation("draftingUnit", "validation.route.noHead", plan.getDraftingUnit()));
        }
        if (unit == null || unit.getDeputyUsername() == null
                || directory.official(unit.getDeputyUsername()).isEmpty()) {
            violations.add(new Violation("draftingUnit", "validation.route.noDeputy", plan.getDraftingUnit()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private void validateSigner(PlanContent.Signer signer, List<Violation> violations) {
        if (signer == null || (isBlank(signer.username()) && signer.form() == null)) {
            return;
        }
        if (signer.form() == null) {
            violations.add(new Violation("signer.form", "validation.required"));
        }
        List<Violation> line = new ArrayList<>();
        PlainText.checkLine("signer.username", signer.username(), USERNAME_MAX_LENGTH, line);
        if (!line.isEmpty()) {
            violations.addAll(line);
            return;
        }
        Official official = isBlank(signer.username()) ? null : directory.official(signer.username()).orElse(null);
        if (official == null) {
            violations.add(new Violation("signer.username", "validation.signer.unknown", signer.username()));
        } else if (signer.form() == SigningForm.DIRECT && !official.has(Role.GIAM_DOC)) {
            violations.add(new Violation("signer.username", "validation.signer.notDirector",
                    official.getFullName()));
        } else if (signer.form() == SigningForm.KT && !official.has(Role.PHO_GIAM_DOC)) {
            violations.add(new Violation("signer.username", "validation.signer.notDeputy", official.getFullName()));
        }
    }

    private void validateRow(String path, PlanContent.Row row, Set<String> unitCodes, List<Violation> violations) {
        if (row == null) {
            violations.add(new Violation(path, "validation.required"));
            return;
        }
        if (row.seq() != null && row.seq() < 1) {
            violations.add(new Violation(path + ".seq", "validation.seq.positive"));
        }
        if (isBlank(row.content())) {
            violations.add(new Violation(path + ".content", "validation.appendix.contentRequired"));
        } else {
            PlainText.checkText(path + ".content", row.content(), Plan.TEXT_MAX_LENGTH, violations);
        }
        if (isBlank(row.leadUnit())) {
            violations.add(new Violation(path + ".leadUnit", "validation.appendix.leadRequired"));
        } else if (!unitCodes.contains(row.leadUnit())
                && SEVERAL_UNITS.split(row.leadUnit().strip()).length > 1) {
            violations.add(new Violation(path + ".leadUnit", "validation.appendix.oneLead"));
        } else {
            checkUnit(path + ".leadUnit", row.leadUnit(), unitCodes, violations);
        }
        for (int j = 0; j < row.coordinatingUnits().size(); j++) {
            String code = row.coordinatingUnits().get(j);
            String field = path + ".coordinatingUnits[" + j + "]";
            if (isBlank(code)) {
                violations.add(new Violation(field, "validation.required"));
            } else if (code.equals(row.leadUnit())) {
                violations.add(new Violation(field, "validation.appendix.leadAlsoCoordinator", code));
            } else {
                checkUnit(field, code, unitCodes, violations);
            }
        }
        checkCount(path + ".externalCoordinators", row.externalCoordinators(), Plan.EXTERNAL_COORDINATORS_MAX,
                violations);
        for (int j = 0; j < row.externalCoordinators().size() && j < Plan.EXTERNAL_COORDINATORS_MAX; j++) {
            requiredLine(path + ".externalCoordinators[" + j + "]", row.externalCoordinators().get(j),
                    Plan.NAME_MAX_LENGTH, violations);
        }
        PlainText.checkLine(path + ".group", row.group(), Plan.HEADING_MAX_LENGTH, violations);
        PlainText.checkLine(path + ".deadlineText", row.deadlineText(), Plan.NAME_MAX_LENGTH, violations);
        PlainText.checkLine(path + ".issuingAuthority", row.issuingAuthority(), Plan.NAME_MAX_LENGTH, violations);
    }

    /** A unit code: no control character or markup (it is echoed in the message), and a unit of the directory. */
    private static void checkUnit(String field, String code, Set<String> unitCodes, List<Violation> violations) {
        if (code == null) {
            return;
        }
        List<Violation> line = new ArrayList<>();
        PlainText.checkLine(field, code, Plan.UNIT_CODE_MAX_LENGTH, line);
        if (!line.isEmpty()) {
            violations.addAll(line);
        } else if (!unitCodes.contains(code)) {
            violations.add(new Violation(field, "validation.unit.unknown", code));
        }
    }

    private static void requiredLine(String field, String value, int max, List<Violation> violations) {
        if (isBlank(value)) {
            violations.add(new Violation(field, "validation.required"));
        } else {
            PlainText.checkLine(field, value, max, violations);
        }
    }

    private static void checkCount(String field, List<?> items, int max, List<Violation> violations) {
        if (items.size() > max) {
            violations.add(new Violation(field, "validation.tooMany", max));
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
