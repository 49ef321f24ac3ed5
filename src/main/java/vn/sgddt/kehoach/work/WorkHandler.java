package vn.sgddt.kehoach.work;

/** A feature takes the decisions on the tasks of its own processes. */
public interface WorkHandler {

    boolean handles(String processKey);

    /**
     * Takes the decision on an open task of this feature as the current user.
     *
     * @return what the API answers: the plan or the assignment after the decision
     */
    Object complete(WorkItem item, WorkDecision decision);
}
