package vn.sgddt.kehoach.base;

/**
 * Something the action read was changed by someone else before the action was saved (an optimistic lock lost, a
 * task completed in between). Nothing was saved; a method marked {@link RetriedOnConcurrentChange} runs again from
 * the start, and only when it keeps losing does the user get this as a conflict ("please reload").
 */
public class ConcurrentChangeException extends ConflictException {

    public ConcurrentChangeException(Throwable cause) {
        super("error.task.concurrent");
        initCause(cause);
    }
}
