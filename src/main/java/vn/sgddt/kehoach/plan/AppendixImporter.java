package vn.sgddt.kehoach.plan;

import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a task-assignment appendix from a Word or Excel file or pasted text, for the plan editor. The exchange
 * module provides it: exchange depends on this module, so the editor asks through this interface instead of
 * naming the import screen.
 */
public interface AppendixImporter {

    /** Opens the import in the current UI; {@code apply} receives the rows the user accepted, if any. */
    void open(Consumer<List<PlanContent.Row>> apply);
}
