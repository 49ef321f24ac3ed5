package vn.sgddt.kehoach.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sgddt.kehoach.audit.AuditTrail;
import vn.sgddt.kehoach.base.ConcurrentChangeException;
import vn.sgddt.kehoach.base.ConflictException;
import vn.sgddt.kehoach.base.InvalidInputException;
import vn.sgddt.kehoach.base.NotAllowedException;
import vn.sgddt.kehoach.base.NotFoundException;
import vn.sgddt.kehoach.base.PlainText;
import vn.sgddt.kehoach.base.RetriedOnConcurrentChange;
import vn.sgddt.kehoach.base.Violation;
import vn.sgddt.kehoach.base.operations.LogContext;
import vn.sgddt.kehoach.directory.CurrentOfficial;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.directory.Official;
import vn.sgddt.kehoach.directory.Role;
import vn.sgddt.kehoach.directory.Unit;
import vn.sgddt.kehoach.plan.process.OpenTask;
import vn.sgddt.kehoach.plan.process.PlanApprovalProcess;
import vn.sgddt.kehoach.work.FinishedTasks;

/**
 * The one boundary of the plan feature: drafting, the decisions of each step, issuing and reading. Every method
 * checks who is asking and what they send, whether the call comes from the UI or the REST API.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(ApprovalProperties.class)
public class PlanService {

    private static final Logger log = LoggerFactory.getLogger(PlanService.class);

    private final PlanRepository plans;
    private final PlanValidator validator;
    private final PlanApprovalProcess process;
    private final DocumentRegisterService register;
    private final DirectoryService directory;
    private final CurrentOfficial currentOfficial;
    private final ApplicationEventPublisher events;
    private final ApprovalProperties approval;
    private final FinishedTasks finished;
    private final Clock clock;
    private final AuditTrail audit;

    PlanService(PlanRepository plans, PlanValidator validator, PlanApprovalProcess process,
            DocumentRegisterService register, DirectoryService directory, CurrentOfficial currentOfficial,
            ApplicationEventPublisher events, ApprovalProperties approval, FinishedTasks finished, Clock clock,
            AuditTrail audit) {
        this.plans = plans;
        this.validator = validator;
        this.process = process;
        this.register = register;
        this.directory = directory;
        this.currentOfficial = currentOfficial;
        this.events = events;
        this.approval = approval;
        this.finished = finished;
        this.clock = clock;
        this.audit = audit;
    }

    /** Who acts on a plan at each step. */
    public record Route(String unitHead, String deputy, String signer) {
    }

    /** A person who may sign, and the form their signature takes. */
    public record SignerOption(String username, String fullName, String position, SigningForm form) {
    }

    // ---- drafting ----

    @Transactional
    public PlanDetails create(PlanContent sent) {
        PlanContent content = sent.normalized();
        Official me = currentOfficial.require();
        if (me.getUnitCode() == null) {
            throw new NotAllowedException("error.plan.noUnit");
        }
        String unit = content.draftingUnit() == null ? me.getUnitCode() : content.draftingUnit();
        validator.validate(content);
        if (!unit.equals(me.getUnitCode())) {
            throw new NotAllowedException("error.plan.otherUnit", unit);
        }
        Instant now = clock.instant();
        Plan plan = new Plan(unit, me.getUsername(), now);
        apply(plan, content, now);
        plan.record(new HistoryEntry(now, me.getUsername(), HistoryEntry.Action.CREATED, PlanStep.DRAFT, null));
        plans.saveAndFlush(plan);
        try (var ignored = LogContext.plan(plan.getId())) {
            plan.attachProcess(process.start(plan.getId(), unit));
            audit.record(me.getUsername(), me.getFullName(), "PLAN_CREATE", "PLAN", plan.getId(), plan.getTitle());
            log.info("Plan drafted by {} in {}", me.getUsername(), unit);
        }
        return details(plan);
    }

    /** A draft that delivers an assignment: when it is issued, the assignment's result is filled in. */
    @Transactional
    public long createLinked(PlanContent content, long assignmentId) {
        try (var ignored = LogContext.assignment(assignmentId)) {
            long id = create(content).id();
            find(id).deliverAssignment(assignmentId);
            return id;
        }
    }

    /** Saves the draft. Not run again on a race: an edit that met another edit is refused (409), not laid over it. */
    @Transactional
    public PlanDetails update(long planId, PlanContent sent) {
        PlanContent content = sent.normalized();
        try (var ignored = LogContext.plan(planId)) {
            Official me = currentOfficial.require();
            Plan plan = find(planId);
            requireWithMyUnit(plan, me);
            validator.validate(content);
            if (content.draftingUnit() != null && !content.draftingUnit().equals(plan.getDraftingUnit())) {
                throw new InvalidInputException(new Violation("draftingUnit", "validation.unit.cannotChange"));
            }
            apply(plan, content, clock.instant());
            return details(plans.saveAndFlush(plan));
        }
    }

    /** Sends the draft (or a returned plan, after changes) to the head of the drafting unit. */
    @Transactional
    @RetriedOnConcurrentChange
    public PlanDetails submit(long planId, String comment) {
        try (var ignored = LogContext.plan(planId)) {
            Official me = currentOfficial.require();
            Plan plan = find(planId);
            requireWithMyUnit(plan, me);
            OpenTask task = process.openTaskOfPlan(planId).filter(t -> t.step() == PlanStep.DRAFT)
                    .orElseThrow(() -> new ConflictException("error.plan.notWithDraftingUnit"));
            return decide(plan, task, me, Decision.SUBMIT, comment);
        }
    }

    // ---- decisions ----

    /** Takes the decision of the step {@code taskId} as the current user. */
    @Transactional
    @RetriedOnConcurrentChange
    public PlanDetails complete(String taskId, Decision decision, String comment) {
        Official me = currentOfficial.require();
        OpenTask task = process.openTask(taskId).orElseThrow(() -> finished.notOpen(taskId));
        try (var ignored = LogContext.plan(task.planId())) {
            if (!task.mayBeDoneBy(me.getUsername(), directory.groupsOf(me))) {
                throw finished.notAllowed(taskId);
            }
            Plan plan = find(task.planId());
            if (task.step() == PlanStep.DRAFT) {
                requireWithMyUnit(plan, me);
            }
            return decide(plan, task, me, decision, comment);
        }
    }

    private PlanDetails decide(Plan plan, OpenTask task, Official me, Decision decision, String comment) {
        String note = comment == null || comment.isBlank() ? null : PlainText.text(comment.strip());
        if (decision == null || !task.step().decisions().contains(decision)) {
            throw new InvalidInputException(new Violation("decision", "validation.decision.notAllowed",
                    decision == null ? "" : decision.name(), task.step().name()));
        }
        if (decision == Decision.RETURN && note == null) {
            throw new InvalidInputException(new Violation("comment", "validation.comment.requiredForReturn"));
        }
        List<Violation> violations = new ArrayList<>();
        PlainText.checkText("comment", note, Plan.COMMENT_MAX_LENGTH, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (decision == Decision.SUBMIT) {
            validator.validateForSubmission(plan);
        }
        Instant now = clock.instant();
        if (decision == Decision.ISSUE) {
            LocalDate today = LocalDate.now(clock);
            String symbol = directory.agency().getSymbol();
            int n = register.next(symbol, Plan.DOCUMENT_TYPE, today.getYear());
            plan.markIssued(n, formatNumber(n, symbol), today, now);
        }
        plan.record(new HistoryEntry(now, me.getUsername(), action(task.step(), decision, plan), task.step(), note));
        try {
            plans.saveAndFlush(plan);
        } catch (ObjectOptimisticLockingFailureException raced) {
            // another decision on this step was taken while we were reading the plan
            throw new ConcurrentChangeException(raced);
        }
        if (decision == Decision.SIGN) {
            // the digital signature is made here, in this transaction: if it cannot be made, nothing is signed
            events.publishEvent(new PlanSigned(plan.getId(), details(plan), me.getUsername(), now));
        } else if (decision == Decision.RETURN) {
            events.publishEvent(new PlanReturned(plan.getId(), plan.getTitle(), plan.getDraftingUnit(),
                    plan.getDrafter(), me.getUsername(), task.step(), note));
        }
        process.complete(task.id(), me.getUsername(), decision);
        audit.record(me.getUsername(), me.getFullName(), "PLAN_" + decision, "PLAN", plan.getId(), task.step() + " · "
                + (plan.getNumber() == null ? "" : plan.getNumber() + " · ") + plan.getTitle());
        log.info("{} at {} by {}", decision, task.step(), me.getUsername());
        return details(plan);
    }

    /** "01/KH-SGDĐT": numbers under 10 take a leading zero (NĐ 30/2020, Phụ lục I). */
    static String formatNumber(int n, String agencySymbol) {
        return String.format("%02d/%s-%s", n, Plan.DOCUMENT_TYPE, agencySymbol);
    }

    private static HistoryEntry.Action action(PlanStep step, Decision decision, Plan plan) {
        return switch (decision) {
            case SUBMIT -> plan.getHistory().stream().anyMatch(h -> h.getAction() == HistoryEntry.Action.RETURNED)
                    ? HistoryEntry.Action.RESUBMITTED : HistoryEntry.Action.SUBMITTED;
            case APPROVE -> step == PlanStep.REVIEW_UNIT ? HistoryEntry.Action.FORWARDED
                    : HistoryEntry.Action.APPROVED;
            case RETURN -> HistoryEntry.Action.RETURNED;
            case SIGN -> HistoryEntry.Action.SIGNED;
            case ISSUE -> HistoryEntry.Action.ISSUED;
        };
    }

    // ---- called by the process ----

    /** The plan has reached a step; returns when that step is due. */
    @Transactional
    public Instant stepEntered(long planId, PlanStep step) {
        Instant now = clock.instant();
        find(planId).enterStep(step, now);
        return now.plus(approval.timeFor(step));
    }

    public Route route(long planId) {
        Plan plan = find(planId);
        Unit unit = directory.unit(plan.getDraftingUnit()).orElseThrow();
        return new Route(unit.getHeadUsername(), unit.getDeputyUsername(), plan.getSigner());
    }

    /** Tells the internal recipients, and whoever tracks the appendix, that the plan is out. */
    @Transactional
    public void distribute(long planId) {
        Plan plan = find(planId);
        List<String> recipientUnits = plan.getRecipients().stream().map(Recipient::getUnitCode)
                .filter(u -> u != null && !u.isBlank()).distinct().toList();
        List<PlanIssued.Row> rows = plan.getAppendix().stream().map(r -> new PlanIssued.Row(r.getId(), r.getSeq(),
                r.getGroup(), r.getContent(), r.getLeadUnit(), r.getCoordinatingUnits(), r.getExternalCoordinators(),
                r.getDeadline(), r.getDeadlineText(), r.getIssuingAuthority())).toList();
        events.publishEvent(new PlanIssued(planId, plan.getNumber(), plan.getIssuedOn(), plan.getTitle(),
                plan.getDraftingUnit(), recipientUnits, rows, plan.getSourceAssignmentId()));
    }

    // ---- reading ----

    public PlanDetails get(long planId) {
        Official me = currentOfficial.require();
        Plan plan = find(planId);
        if (!maySee(plan, me)) {
            throw new NotAllowedException("error.plan.notVisible");
        }
        return details(plan);
    }

    public Page<PlanSummary> search(PlanStatus status, String text, Pageable pageable) {
        Official me = currentOfficial.require();
        String like = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase() + "%";
        String unit = me.seesWholeAgency() ? null : (me.getUnitCode() == null ? "-" : me.getUnitCode());
        return plans.search(status, like, unit, pageable).map(p -> new PlanSummary(p.getId(), p.getTitle(),
                p.getDraftingUnit(), p.getStatus(), p.getCurrentStep(), p.getNumber(), p.getIssuedOn(),
                p.getUpdatedAt()));
    }

    /** The step of this plan the current user may act on now, if any. */
    public Optional<WorkItem> myOpenStep(long planId) {
        Official me = currentOfficial.require();
        return process.openTaskOfPlan(planId).filter(t -> t.mayBeDoneBy(me.getUsername(), directory.groupsOf(me)))
                .map(t -> new WorkItem(t.id(), t.step(), planId, find(planId).getTitle(),
                        find(planId).getDraftingUnit(), t.due(), t.created()));
    }

    /** The title of a plan, for the inbox; no access check, the caller is the engine. */
    public String titleOf(long planId) {
        return find(planId).getTitle();
    }

    /** Whether the current user may edit this plan's content now. */
    public boolean mayEdit(long planId) {
        Official me = currentOfficial.require();
        Plan plan = find(planId);
        return plan.getStatus() == PlanStatus.DRAFT && plan.getDraftingUnit().equals(me.getUnitCode());
    }

    /** The Giám đốc (signing directly) and the Phó Giám đốc (signing "KT. GIÁM ĐỐC"). */
    public List<SignerOption> signerOptions() {
        List<SignerOption> options = new ArrayList<>();
        directory.withRole(Role.GIAM_DOC).forEach(o -> options.add(
                new SignerOption(o.getUsername(), o.getFullName(), o.getPosition(), SigningForm.DIRECT)));
        directory.withRole(Role.PHO_GIAM_DOC).forEach(o -> options.add(
                new SignerOption(o.getUsername(), o.getFullName(), o.getPosition(), SigningForm.KT)));
        return options;
    }

    // ---- helpers ----

    private Plan find(long planId) {
        return plans.findById(planId).orElseThrow(() -> new NotFoundException("error.plan.notFound", planId));
    }

    private static boolean maySee(Plan plan, Official me) {
        return me.seesWholeAgency() || plan.getDraftingUnit().equals(me.getUnitCode())
                || plan.getRecipients().stream().anyMatch(r -> r.getUnitCode() != null
                        && r.getUnitCode().equals(me.getUnitCode()));
    }

    private static void requireWithMyUnit(Plan plan, Official me) {
        if (!plan.getDraftingUnit().equals(me.getUnitCode())) {
            throw new NotAllowedException("error.plan.notYourUnit");
        }
        if (plan.getStatus() != PlanStatus.DRAFT) {
            throw new ConflictException("error.plan.notWithDraftingUnit");
        }
    }

    private void apply(Plan plan, PlanContent c, Instant now) {
        List<AppendixRow> rows = new ArrayList<>();
        for (int i = 0; i < c.appendix().size(); i++) {
            PlanContent.Row r = c.appendix().get(i);
            rows.add(new AppendixRow(r.seq() == null ? i + 1 : r.seq(), trimToNull(r.group()), r.content().strip(),
                    r.leadUnit(), r.coordinatingUnits().stream().distinct().toList(),
                    r.externalCoordinators().stream().map(String::strip).toList(), r.deadline(),
                    trimToNull(r.deadlineText()), trimToNull(r.issuingAuthority())));
        }
        plan.replaceContent(c.title().strip(), c.legalBases().stream().map(String::strip).toList(),
                c.sections().stream().map(s -> new PlanSection(s.heading().strip(), s.text())).toList(),
                c.recipients().stream().map(r -> new Recipient(r.name().strip(), trimToNull(r.purpose()),
                        trimToNull(r.unit()))).toList(),
                c.signer() == null ? null : trimToNull(c.signer().username()),
                c.signer() == null ? null : c.signer().form(), rows, now);
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private PlanDetails details(Plan p) {
        Official signer = directory.official(p.getSigner()).orElse(null);
        String returnComment = null;
        List<HistoryEntry> history = p.getHistory();
        List<String> people = new ArrayList<>(history.stream().map(HistoryEntry::getActor).toList());
        people.add(p.getDrafter());
        Map<String, String> names = directory.fullNames(people);
        if (p.getStatus() == PlanStatus.DRAFT && !history.isEmpty()
                && history.get(history.size() - 1).getAction() == HistoryEntry.Action.RETURNED) {
            returnComment = history.get(history.size() - 1).getComment();
        }
        return new PlanDetails(p.getId(), p.getTitle(), p.getDraftingUnit(),
                directory.unit(p.getDraftingUnit()).map(Unit::getName).orElse(p.getDraftingUnit()), p.getDrafter(),
                names.get(p.getDrafter()), p.getLegalBases(),
                p.getSections().stream().map(s -> new PlanContent.Section(s.getHeading(), s.getText())).toList(),
                p.getRecipients().stream().map(r -> new PlanContent.RecipientLine(r.getName(), r.getPurpose(),
                        r.getUnitCode())).toList(),
                p.getSigner() == null ? null : new PlanDetails.SignerInfo(p.getSigner(), p.getSigningForm(),
                        signer == null ? p.getSigner() : signer.getFullName(),
                        signer == null ? null : signer.getPosition()),
                p.getAppendix().stream().map(r -> new PlanContent.Row(r.getSeq(), r.getGroup(), r.getContent(),
                        r.getLeadUnit(), r.getCoordinatingUnits(), r.getExternalCoordinators(), r.getDeadline(),
                        r.getDeadlineText(), r.getIssuingAuthority())).toList(),
                p.getStatus(), p.getNumber(), p.getIssuedOn(), p.getCurrentStep(),
                history.stream().map(h -> new PlanDetails.HistoryItem(h.getAt(), h.getActor(),
                        names.get(h.getActor()), h.getAction(), h.getStep(), h.getComment())).toList(),
                returnComment, p.getCreatedAt(), p.getUpdatedAt());
    }
}
