package vn.sgddt.kehoach.base;

import java.util.List;

/** A failure whose message is a key of the bundles, shown to the user in their language. */
public abstract class LocalizedException extends RuntimeException {

    private final String messageKey;
    private final List<Object> args;

    protected LocalizedException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
