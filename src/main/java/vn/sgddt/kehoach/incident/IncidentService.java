package vn.sgddt.kehoach.incident;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sgddt.kehoach.audit.AuditTrail;
import vn.sgddt.kehoach.base.NotFoundException;
import vn.sgddt.kehoach.directory.CurrentOfficial;
import vn.sgddt.kehoach.directory.Official;

/**
 * The incidents of our processes, the same Camunda's Cockpit shows, and their retry. The one class of this feature
 * that talks to the engine; for the administrator only.
 */
@Service
public class IncidentService {

    private static final Logger log = LoggerFactory.getLogger(IncidentService.class);
    private static final String FAILED_JOB = "failedJob";

    private final RuntimeService runtime;
    private final ManagementService management;
    private final RepositoryService repository;
    private final CurrentOfficial currentOfficial;
    private final AuditTrail audit;
    private final Map<String, BpmnModelInstance> models = new ConcurrentHashMap<>();

    IncidentService(RuntimeService runtime, ManagementService management, RepositoryService repository,
            CurrentOfficial currentOfficial, AuditTrail audit) {
        this.runtime = runtime;
        this.management = management;
        this.repository = repository;
        this.currentOfficial = currentOfficial;
        this.audit = audit;
    }

    /** The open incidents, the newest first. */
    @PreAuthorize("hasRole('QUAN_TRI')")
    @Transactional(readOnly = true)
    public List<Incident> open() {
        List<org.camunda.bpm.engine.runtime.Incident> found = runtime.createIncidentQuery()
                .orderByIncidentTimestamp().desc().list();
        Map<String, Long> businessKeys = businessKeys(found.stream()
                .map(org.camunda.bpm.engine.runtime.Incident::getProcessInstanceId).filter(id -> id != null)
                .collect(Collectors.toSet()));
        return found.stream().map(i -> new Incident(i.getId(), processKey(i.getProcessDefinitionId()),
                businessKeys.get(i.getProcessInstanceId()), activityName(i), i.getIncidentMessage(),
                i.getIncidentTimestamp() == null ? null : i.getIncidentTimestamp().toInstant(),
                FAILED_JOB.equals(i.getIncidentType()) && i.getConfiguration() != null)).toList();
    }

    @PreAuthorize("hasRole('QUAN_TRI')")
    @Transactional(readOnly = true)
    public long count() {
        return runtime.createIncidentQuery().count();
    }

    /**
     * Runs the failed step again: its job gets one more try, which the job executor takes at once (the incident is
     * resolved now, and comes back if the step fails again).
     */
    @PreAuthorize("hasRole('QUAN_TRI')")
    @Transactional
    public Incident retry(String incidentId) {
        Incident incident = open().stream().filter(i -> i.id().equals(incidentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("error.incident.notFound", incidentId));
        if (!incident.retriable()) {
            throw new NotFoundException("error.incident.notFound", incidentId);
        }
        String jobId = runtime.createIncidentQuery().incidentId(incidentId).singleResult().getConfiguration();
        management.setJobRetries(jobId, 1);
        Official me = currentOfficial.require();
        audit.record(me.getUsername(), me.getFullName(), "INCIDENT_RETRY", incident.process().toUpperCase(),
                String.valueOf(incident.businessKey()), incident.activity() + ": " + incident.message());
        log.info("Incident {} ({} {}, {}) retried", incidentId, incident.process(), incident.businessKey(),
                incident.activity());
        return incident;
    }

    private Map<String, Long> businessKeys(Set<String> processInstanceIds) {
        Map<String, Long> keys = new HashMap<>();
        if (processInstanceIds.isEmpty()) {
            return keys;
        }
        for (ProcessInstance p : runtime.createProcessInstanceQuery().processInstanceIds(processInstanceIds).list()) {
            keys.put(p.getId(), parse(p.getBusinessKey()));
        }
        return keys;
    }

    private static Long parse(String businessKey) {
        try {
            return businessKey == null ? null : Long.valueOf(businessKey);
        } catch (NumberFormatException notOurs) {
            return null;
        }
    }

    private static String processKey(String processDefinitionId) {
        return processDefinitionId == null ? null : processDefinitionId.split(":")[0];
    }

    private String activityName(org.camunda.bpm.engine.runtime.Incident incident) {
        String activityId = incident.getFailedActivityId() != null ? incident.getFailedActivityId()
                : incident.getActivityId();
        if (activityId == null || incident.getProcessDefinitionId() == null) {
            return activityId;
        }
        BpmnModelInstance model = models.computeIfAbsent(incident.getProcessDefinitionId(),
                repository::getBpmnModelInstance);
        ModelElementInstance element = model.getModelElementById(activityId);
        return element instanceof FlowElement flow && flow.getName() != null ? flow.getName() : activityId;
    }
}
