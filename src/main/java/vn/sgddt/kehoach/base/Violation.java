package vn.sgddt.kehoach.base;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One thing wrong with the input: the field (as named in the JSON, "appendix[2].leadUnit") and a message key of
 * the bundles, with its arguments, so the message can be given in each language.
 */
public record Violation(String field, String messageKey, List<Object> args) {

    public Violation {
        // an argument is often the value at fault, and a missing value is null
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public Violation(String field, String messageKey, Object... args) {
        this(field, messageKey, Arrays.asList(args));
    }
}
