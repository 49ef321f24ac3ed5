package vn.sgddt.kehoach.base;

import java.util.List;

/** The input breaks the rules; nothing was changed. Carries every violation found, not just the first. */
public class InvalidInputException extends LocalizedException {

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super("error.invalidInput");
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }

    @Override
    public String getMessage() {
        return violations.toString();
    }
}
