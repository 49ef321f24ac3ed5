package vn.sgddt.kehoach.plan.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * bpmn/plan-approval.bpmn on an engine of its own, without Spring: the routes, the step listener and the
 * distribution are stand-ins, so only the diagram is under test.
 */
@Deployment(resources = "bpmn/plan-approval.bpmn")
class PlanApprovalProcessTest {

    private static final long PLAN_ID = 42L;

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(buildEngine())
            .build();

    /** Injected by the extension. */
    ProcessEngine engine;

    /** Who acts on the plan, as the directory would say; remembers which plans it was asked about. */
    public static class StubRoutes {

        final Map<Long, String> signers = new ConcurrentHashMap<>();
        final List<Long> askedAbout = Collections.synchronizedList(new ArrayList<>());

        public String unitHead(Long planId) {
            askedAbout.add(planId);
            return "tp.gdtrh";
        }

        public String deputyInCharge(Long planId) {
            askedAbout.add(planId);
            return "pgd1";
        }

        public String signer(Long planId) {
            askedAbout.add(planId);
            return signers.getOrDefault(planId, "giamdoc");
        }
    }

    private final StubRoutes routes = new StubRoutes();
    private final List<String> stepsEntered = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> distributed = Collections.synchronizedList(new ArrayList<>());
    private ProcessInstance current;

    private static ProcessEngine buildEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("plan-process-test");
        configuration.setJdbcUrl("jdbc:h2:mem:plan-process-test;DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setExpressionManager(new MockExpressionManager());
        // as in application.properties: usernames such as "tp.gdtrh" and groups such as "van-thu"
        configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9._-]+|camunda-admin");
        return configuration.buildProcessEngine();
    }

    @BeforeEach
    void registerStandIns() {
        BpmnAwareTests.init(engine);
        Mocks.register("planRoutes", routes);
        Mocks.register("planStepListener", (TaskListener) task -> stepsEntered.add(task.getTaskDefinitionKey()));
        Mocks.register("distributePlanDelegate", (JavaDelegate) execution ->
                distributed.add(((Number) execution.getVariable(PlanApprovalIds.VAR_PLAN_ID)).longValue()));
    }

    @AfterEach
    void resetStandIns() {
        Mocks.reset();
    }

    private ProcessInstance start(String draftingUnit) {
        current = runtimeService().startProcessInstanceByKey(PlanApprovalIds.PROCESS_KEY, String.valueOf(PLAN_ID),
                Map.of(PlanApprovalIds.VAR_PLAN_ID, PLAN_ID, PlanApprovalIds.VAR_DRAFTING_UNIT, draftingUnit));
        return current;
    }

    private void decide(String decision) {
        complete(task(current), withVariables(PlanApprovalIds.VAR_DECISION, decision));
    }

    private long timesEntered(String activityId) {
        return historyService().createHistoricActivityInstanceQuery().processInstanceId(current.getId())
                .activityId(activityId).count();
    }

    private void submit() {
        decide("SUBMIT");
    }

    @Test
    void a_new_plan_waits_for_its_drafting_unit() {
        ProcessInstance pi = start("GDTrH");

        assertThat(pi).isStarted().isWaitingAt("draftPlan");
        assertThat(task()).hasCandidateGroup("GDTrH").isNotAssigned();
        assertThat(stepsEntered).containsExactly("draftPlan");
    }

    @Test
    void an_approved_plan_goes_through_head_deputy_signer_and_clerk_and_is_distributed_once() {
        ProcessInstance pi = start("GDTrH");

        submit();
        assertThat(pi).isWaitingAt("reviewByUnitHead");
        assertThat(task()).isAssignedTo("tp.gdtrh");

        decide("APPROVE");
        assertThat(pi).isWaitingAt("reviewByDeputy");
        assertThat(task()).isAssignedTo("pgd1");

        decide("APPROVE");
        assertThat(pi).isWaitingAt("signPlan");
        assertThat(task()).isAssignedTo("giamdoc");

        decide("SIGN");
        assertThat(pi).isWaitingAt("issuePlan");
        assertThat(task()).hasCandidateGroup("van-thu").isNotAssigned();
        assertThat(distributed).isEmpty();

        decide("ISSUE");
        assertThat(pi).hasPassedInOrder("planDrafted", "draftPlan", "reviewByUnitHead", "unitHeadDecision",
                "reviewByDeputy", "deputyDecision", "signPlan", "signerDecision", "issuePlan", "distributePlan",
                "planIssued");
        assertThat(pi).isEnded();
        assertThat(timesEntered("draftPlan")).as("never sent back").isEqualTo(1);
        assertThat(distributed).containsExactly(PLAN_ID);
        assertThat(stepsEntered).containsExactly("draftPlan", "reviewByUnitHead", "reviewByDeputy", "signPlan",
                "issuePlan");
        assertThat(routes.askedAbout).containsExactly(PLAN_ID, PLAN_ID, PLAN_ID);
    }

    @Test
    void a_return_at_the_unit_review_goes_back_to_the_drafting_unit() {
        ProcessInstance pi = start("GDTrH");
        submit();

        decide("RETURN");

        assertThat(pi).isWaitingAt("draftPlan").hasPassed("unitHeadDecision").hasNotPassed("reviewByDeputy");
        assertThat(timesEntered("draftPlan")).isEqualTo(2);
        assertThat(task()).hasCandidateGroup("GDTrH").isNotAssigned();
        assertThat(distributed).isEmpty();
    }

    @Test
    void a_return_at_the_deputy_review_goes_back_to_the_drafting_unit() {
        ProcessInstance pi = start("GDTrH");
        submit();
        decide("APPROVE");

        decide("RETURN");

        assertThat(pi).isWaitingAt("draftPlan").hasPassed("deputyDecision").hasNotPassed("signPlan");
        assertThat(timesEntered("draftPlan")).isEqualTo(2);
        assertThat(task()).hasCandidateGroup("GDTrH").isNotAssigned();
    }

    @Test
    void a_return_at_signing_goes_back_to_the_drafting_unit() {
        ProcessInstance pi = start("GDTrH");
        submit();
        decide("APPROVE");
        decide("APPROVE");

        decide("RETURN");

        assertThat(pi).isWaitingAt("draftPlan").hasPassed("signerDecision").hasNotPassed("issuePlan");
        assertThat(timesEntered("draftPlan")).isEqualTo(2);
        assertThat(task()).hasCandidateGroup("GDTrH").isNotAssigned();
        assertThat(distributed).isEmpty();
    }

    @Test
    void a_returned_plan_can_be_resubmitted_and_then_issued() {
        ProcessInstance pi = start("GDTrH");
        submit();
        decide("APPROVE");
        decide("RETURN");

        submit();
        assertThat(pi).isWaitingAt("reviewByUnitHead");
        assertThat(task()).isAssignedTo("tp.gdtrh");
        decide("APPROVE");
        decide("APPROVE");
        decide("SIGN");
        decide("ISSUE");

        assertThat(pi).isEnded();
        assertThat(distributed).containsExactly(PLAN_ID);
        // draft, head, deputy, back to draft, head, deputy, signer, clerk
        assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId()).count())
                .isEqualTo(8);
        assertThat(timesEntered("draftPlan")).isEqualTo(2);
        assertThat(timesEntered("reviewByUnitHead")).isEqualTo(2);
    }

    @Test
    void every_return_lands_with_the_drafting_unit_of_that_plan() {
        ProcessInstance pi = start("VP");
        submit();
        decide("APPROVE");
        decide("APPROVE");
        decide("RETURN");

        assertThat(pi).isWaitingAt("draftPlan");
        assertThat(task()).hasCandidateGroup("VP");
        assertThat(engine.getTaskService().getIdentityLinksForTask(task().getId()))
                .extracting(l -> l.getGroupId()).containsExactly("VP");
    }

    @Test
    void a_plan_signed_on_behalf_of_the_director_is_signed_by_that_deputy() {
        routes.signers.put(PLAN_ID, "pgd2");
        ProcessInstance pi = start("VP");
        submit();
        decide("APPROVE");
        decide("APPROVE");

        assertThat(pi).isWaitingAt("signPlan");
        assertThat(task()).isAssignedTo("pgd2");

        decide("SIGN");
        assertThat(pi).isWaitingAt("issuePlan");
        decide("ISSUE");
        assertThat(pi).isEnded();
        assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("signPlan").singleResult().getAssignee()).isEqualTo("pgd2");
    }

    @Test
    void a_decision_the_step_does_not_know_leaves_the_plan_where_it_was() {
        ProcessInstance pi = start("GDTrH");
        submit();

        assertThatThrownBy(() -> decide("SIGN")).isInstanceOf(ProcessEngineException.class);

        assertThat(pi).isWaitingAt("reviewByUnitHead");
        assertThat(task()).isAssignedTo("tp.gdtrh");
        assertThat(stepsEntered).containsExactly("draftPlan", "reviewByUnitHead");
    }

    @Test
    void the_plan_id_and_drafting_unit_reach_the_steps_as_variables() {
        ProcessInstance pi = start("GDTrH");

        assertThat(pi).hasBusinessKey(String.valueOf(PLAN_ID))
                .variables().containsEntry(PlanApprovalIds.VAR_PLAN_ID, PLAN_ID)
                .containsEntry(PlanApprovalIds.VAR_DRAFTING_UNIT, "GDTrH");
        assertThat(pi).isNotEnded();
    }
}
