package vn.sgddt.kehoach.work;

import java.util.Map;
import java.util.Optional;

/** A feature describes the tasks of its own processes. */
public interface WorkDescriber {

    /**
     * Describes a task of one of the feature's processes, or says it is not one of them.
     *
     * @param processKey the process definition key
     * @param taskKey the task definition key (the BPMN id of the user task)
     * @param variables the task's variables
     */
    Optional<WorkDescription> describe(String processKey, String taskKey, Map<String, Object> variables);
}
