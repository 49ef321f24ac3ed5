package vn.sgddt.kehoach.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.base.InvalidInputException;
import vn.sgddt.kehoach.base.Violation;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.directory.Official;
import vn.sgddt.kehoach.directory.Role;
import vn.sgddt.kehoach.directory.Unit;

/** Checks a plan's content against the rules, naming every field that breaks one. */
@Component
class PlanValidator {

    private final DirectoryService directory;

    PlanValidator(DirectoryService directory) {
        this.directory = directory;
    }

    /** Rules every saved draft keeps. */
    void validate(PlanContent content) {
        List<Violation> violations = new ArrayList<>();
        Set<String> unitCodes = new HashSet<>(directory.units().stream().map(Unit::getCode).toList());

        if (isBlank(content.title())) {
            violations.add(new Violation("title", "validation.title.required"));
        } else if (content.title().length() > Plan.TITLE_MAX_LENGTH) {
            violations.add(new Violation("title", "validation.tooLong", Plan.TITLE_MAX_LENGTH));
        }
        if (content.draftingUnit() != null && !unitCodes.contains(content.draftingUnit())) {
            violations.add(new Violation("draftingUnit", "validation.unit.unknown", content.draftingUnit()));
        }
        for (int i = 0; i < content.legalBases().size(); i++) {
            String basis = content.legalBases().get(i);
            if (isBlank(basis)) {
                violations.add(new Violation("legalBases[" + i + "]", "validation.required"));
            } else if (basis.length() > Plan.LEGAL_BASIS_MAX_LENGTH) {
                violations.add(new Violation("legalBases[" + i + "]", "validation.tooLong",
                        Plan.LEGAL_BASIS_MAX_LENGTH));
            }
        }
        for (int i = 0; i < content.sections().size(); i++) {
            PlanContent.Section s = content.sections().get(i);
            if (s == null || isBlank(s.heading())) {
                violations.add(new Violation("sections[" + i + "].heading", "validation.required"));
            } else if (s.heading().length() > Plan.HEADING_MAX_LENGTH) {
                violations.add(new Violation("sections[" + i + "].heading", "validation.tooLong",
                        Plan.HEADING_MAX_LENGTH));
            }
            if (s != null && s.text() != null && s.text().length() > Plan.TEXT_MAX_LENGTH) {
                violations.add(new Violation("sections[" + i + "].text", "validation.tooLong", Plan.TEXT_MAX_LENGTH));
            }
        }
        for (int i = 0; i < content.recipients().size(); i++) {
            PlanContent.RecipientLine r = content.recipients().get(i);
            if (r == null || isBlank(r.name())) {
                violations.add(new Violation("recipients[" + i + "].name", "validation.required"));
            } else if (r.name().length() > Plan.NAME_MAX_LENGTH) {
                violations.add(new Violation("recipients[" + i + "].name", "validation.tooLong",
                        Plan.NAME_MAX_LENGTH));
            }
            if (r != null && !isBlank(r.unit()) && !unitCodes.contains(r.unit())) {
                violations.add(new Violation("recipients[" + i + "].unit", "validation.unit.unknown", r.unit()));
            }
        }
        validateSigner(content.signer(), violations);
        if (content.appendix().size() > Plan.APPENDIX_MAX_ROWS) {
            violations.add(new Violation("appendix", "validation.appendix.tooMany", Plan.APPENDIX_MAX_ROWS));
        }
        for (int i = 0; i < content.appendix().size(); i++) {
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
        if (isBlank(row.content())) {
            violations.add(new Violation(path + ".content", "validation.appendix.contentRequired"));
        } else if (row.content().length() > Plan.TEXT_MAX_LENGTH) {
            violations.add(new Violation(path + ".content", "validation.tooLong", Plan.TEXT_MAX_LENGTH));
        }
        if (isBlank(row.leadUnit())) {
            violations.add(new Violation(path + ".leadUnit", "validation.appendix.leadRequired"));
        } else if (!unitCodes.contains(row.leadUnit())) {
            violations.add(new Violation(path + ".leadUnit", "validation.unit.unknown", row.leadUnit()));
        }
        for (int j = 0; j < row.coordinatingUnits().size(); j++) {
            String code = row.coordinatingUnits().get(j);
            if (!unitCodes.contains(code)) {
                violations.add(new Violation(path + ".coordinatingUnits[" + j + "]", "validation.unit.unknown",
                        code));
            } else if (code.equals(row.leadUnit())) {
                violations.add(new Violation(path + ".coordinatingUnits[" + j + "]",
                        "validation.appendix.leadAlsoCoordinator", code));
            }
        }
        for (int j = 0; j < row.externalCoordinators().size(); j++) {
            String body = row.externalCoordinators().get(j);
            if (isBlank(body) || body.length() > Plan.NAME_MAX_LENGTH) {
                violations.add(new Violation(path + ".externalCoordinators[" + j + "]", "validation.required"));
            }
        }
        checkLength(path + ".group", row.group(), Plan.HEADING_MAX_LENGTH, violations);
        checkLength(path + ".deadlineText", row.deadlineText(), Plan.NAME_MAX_LENGTH, violations);
        checkLength(path + ".issuingAuthority", row.issuingAuthority(), Plan.NAME_MAX_LENGTH, violations);
    }

    private static void checkLength(String field, String value, int max, List<Violation> violations) {
        if (value != null && value.length() > max) {
            violations.add(new Violation(field, "validation.tooLong", max));
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
