package vn.sgddt.kehoach.assignment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import vn.sgddt.kehoach.assignment.process.AssignmentProcess;
import vn.sgddt.kehoach.assignment.process.AssignmentTask;
import vn.sgddt.kehoach.audit.AuditTrail;
import vn.sgddt.kehoach.base.ConflictException;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.base.InvalidInputException;
import vn.sgddt.kehoach.base.NotAllowedException;
import vn.sgddt.kehoach.base.NotFoundException;
import vn.sgddt.kehoach.base.PlainText;
import vn.sgddt.kehoach.base.RetriedOnConcurrentChange;
import vn.sgddt.kehoach.base.Violation;
import vn.sgddt.kehoach.base.operations.LogContext;
import vn.sgddt.kehoach.directory.Agency;
import vn.sgddt.kehoach.directory.CurrentOfficial;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.directory.Official;
import vn.sgddt.kehoach.directory.Role;
import vn.sgddt.kehoach.directory.Unit;
import vn.sgddt.kehoach.notification.NotificationService;
import vn.sgddt.kehoach.plan.PlanContent;
import vn.sgddt.kehoach.plan.PlanIssued;
import vn.sgddt.kehoach.plan.PlanService;
import vn.sgddt.kehoach.work.FinishedTasks;

/**
 * The one boundary of the assignment feature. Turns an issued plan's appendix into assignments, takes every
 * action on them with the rules of who may do what, and answers the lists and the dashboard.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(AssignmentProperties.class)
public class AssignmentService {

    private static final Logger log = LoggerFactory.getLogger(AssignmentService.class);

    // "u": case-insensitive beyond ASCII, so "NĂM HỌC" matches too
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(?iu)năm học\\s*(\\d{4})\\s*[-–]\\s*(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?iu)năm\\s*(\\d{4})");
    /** "15/BC-GDTrH": the columns of the result's and the outside authority's document numbers. */
    private static final int DOCUMENT_NUMBER_MAX_LENGTH = 100;
    private static final int USERNAME_MAX_LENGTH = 64;
    /** "application/pdf"; anything else a client sends as a part's type is not kept. */
    private static final Pattern MEDIA_TYPE = Pattern.compile("[\\w.+-]{1,40}/[\\w.+-]{1,58}");
    /**
     * Rows of an issuing whose processes the engine writes together: enough for its batched inserts, few enough that
     * ordering them by their references (square in their number) stays cheap.
     */
    private static final int ROWS_PER_ENGINE_FLUSH = 25;

    private final AssignmentRepository assignments;
    private final AssignmentTallies tallies;
    private final AssignmentEventRepository events;
    private final AttachmentRepository attachments;
    private final SentReminderRepository sentReminders;
    private final AssignmentProcess process;
    private final DirectoryService directory;
    private final CurrentOfficial currentOfficial;
    private final NotificationService notifications;
    private final PlanService plans;
    private final AssignmentProperties properties;
    private final FinishedTasks finished;
    private final Clock clock;
    private final AuditTrail audit;

    AssignmentService(AssignmentRepository assignments, AssignmentEventRepository events,
            AttachmentRepository attachments, SentReminderRepository sentReminders, AssignmentProcess process,
            DirectoryService directory, CurrentOfficial currentOfficial, NotificationService notifications,
            PlanService plans, AssignmentProperties properties, FinishedTasks finished, Clock clock,
            AuditTrail audit, AssignmentTallies tallies) {
        this.assignments = assignments;
        this.tallies = tallies;
        this.events = events;
        this.attachments = attachments;
        this.sentReminders = sentReminders;
        this.process = process;
        this.directory = directory;
        this.currentOfficial = currentOfficial;
        this.notifications = notifications;
        this.plans = plans;
        this.properties = properties;
        this.finished = finished;
        this.clock = clock;
        this.audit = audit;
    }

    /** A file sent with progress, a contribution or a result. */
    public record Upload(String fileName, String contentType, byte[] data) {
    }

    /**
     * Filters of the lists and the dashboard; null means any. A list keeps what the unit (and the reader's units)
     * leads or coordinates, unless {@code leadUnitOnly}: then only what it leads, as the dashboard counts.
     */
    public record Filter(Long planId, String unit, AssignmentStatus status, LocalDate from, LocalDate to,
            boolean leadUnitOnly) {

        public Filter(Long planId, String unit, AssignmentStatus status, LocalDate from, LocalDate to) {
            this(planId, unit, status, from, to, false);
        }

        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }

        /** The same filter for a list that goes with the dashboard's counts per lead unit. */
        public Filter byLeadUnit() {
            return new Filter(planId, unit, status, from, to, true);
        }
    }

    /** The dashboard: counts per unit and per plan, in the official categories. */
    public record Dashboard(List<DashboardRow> byUnit, List<DashboardRow> byPlan, DashboardRow total) {
    }

    // ---- from the plan ----

    /**
     * Every appendix row of an issued plan becomes an assignment with its own process, in the issuing
     * transaction: a plan is issued with all its assignments or not at all.
     */
    @EventListener
    @Transactional
    public void onPlanIssued(PlanIssued issued) {
        try (var ignored = LogContext.plan(issued.planId())) {
            Agency agency = directory.agency();
            Instant now = clock.instant();
            Map<String, List<String>> newWorkByUser = new LinkedHashMap<>();
            // the rows of a plan name the same few units: look each up once, not once per row
            Map<String, Unit> units = new LinkedHashMap<>();
            Map<String, List<String>> members = new LinkedHashMap<>();
            List<PlanIssued.Row> rows = issued.rows();
            String definition = rows.isEmpty() ? null : process.latestDefinition();
            // the engine writes each part's processes when the part is done, not all of the plan's at the end
            for (int from = 0; from < rows.size(); from += ROWS_PER_ENGINE_FLUSH) {
                List<PlanIssued.Row> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_ENGINE_FLUSH));
                process.flushedOnReturn(() -> part.forEach(row -> {
                    Assignment a = assign(issued, row, agency, now, units, definition);
                    members.computeIfAbsent(row.leadUnit(), this::membersOf).forEach(u -> newWorkByUser
                            .computeIfAbsent(u, k -> new ArrayList<>()).add(String.valueOf(a.getId())));
                    for (String unit : row.coordinatingUnits()) {
                        members.computeIfAbsent(unit, this::membersOf).forEach(u -> newWorkByUser
                                .computeIfAbsent(u, k -> new ArrayList<>()).add(String.valueOf(a.getId())));
                    }
                }));
            }
            log.info("{} assignments created from plan {}", issued.rows().size(), issued.number());
            Map<String, List<String>> told = new LinkedHashMap<>();
            newWorkByUser.forEach((user, ids) -> told.put(user,
                    List.of(String.valueOf(ids.size()), issued.number(), issued.title())));
            notifications.notifyEach(told, "notification.assignmentsCreated", issued.planId(), null);
            if (issued.sourceAssignmentId() != null) {
                linkedPlanIssued(issued);
            }
        }
    }

    /** One appendix row becomes an assignment with its process. */
    private Assignment assign(PlanIssued issued, PlanIssued.Row row, Agency agency, Instant now,
            Map<String, Unit> units, String definition) {
        Unit lead = units.computeIfAbsent(row.leadUnit(), code -> directory.unit(code).orElseThrow());
        Assignment a = new Assignment(issued.planId(), issued.number(), issued.title(), row.id(), row.seq(),
                row.group(), row.content(), row.leadUnit(), row.coordinatingUnits(), row.externalCoordinators(),
                row.deadline(), row.deadlineText(), row.issuingAuthority(),
                AuthorityRule.isOutside(row.issuingAuthority(), agency), agency.getFollowUpUnitCode(),
                lead.getDeputyUsername(), now);
        Recurrence.of(row.deadlineText()).ifPresent(r -> a.recur(r, periodEnd(issued.title(), issued.issuedOn())));
        assignments.save(a);
        try (var inner = LogContext.assignment(a.getId())) {
            a.attachProcess(process.start(a, definition));
        }
        events.save(new AssignmentEvent(a.getId(), now, null, AssignmentEvent.Type.ASSIGNED, row.leadUnit(), null,
                null, row.deadline(), null));
        return a;
    }

    private void linkedPlanIssued(PlanIssued issued) {
        Assignment a = find(issued.sourceAssignmentId());
        Optional<AssignmentTask> lead = process.openTasks(a.getId()).stream()
                .filter(t -> t.kind() == AssignmentTask.Kind.LEAD).findFirst();
        if (lead.isEmpty() || a.getState() != AssignmentState.IN_PROGRESS) {
            return;
        }
        Instant now = clock.instant();
        String text = "Kế hoạch số " + issued.number() + " ngày " + Formats.date(issued.issuedOn());
        a.submit(text, issued.number(), null, now);
        events.save(new AssignmentEvent(a.getId(), now, null, AssignmentEvent.Type.LINKED_PLAN_ISSUED, null, null,
                issued.number(), issued.issuedOn(), null));
        process.completeBySystem(lead.get().id(), "SUBMIT");
        notifyAcceptors(a);
    }

    /** End of the period a recurring row reports for: the school year or the year the plan covers. */
    LocalDate periodEnd(String planTitle, LocalDate issuedOn) {
        Matcher school = SCHOOL_YEAR.matcher(planTitle == null ? "" : planTitle);
        if (school.find()) {
            return java.time.YearMonth.of(Integer.parseInt(school.group(2)), properties.schoolYearEndMonth())
                    .atEndOfMonth();
        }
        Matcher year = YEAR.matcher(planTitle == null ? "" : planTitle);
        if (year.find()) {
            return LocalDate.of(Integer.parseInt(year.group(1)), 12, 31);
        }
        return LocalDate.of(issuedOn.getYear(), 12, 31);
    }

    // ---- the lead unit's work ----

    /** A member of the lead unit takes the work. */
    @Transactional
    @RetriedOnConcurrentChange
    public AssignmentDetails pickUp(long id) {
        try (var ignored = LogContext.assignment(id)) {
            Official me = currentOfficial.require();
            Assignment a = find(id);
            requireLeadMember(a, me);
            AssignmentTask lead = openTask(a, AssignmentTask.Kind.LEAD);
            if (lead.assignee() != null && !lead.assignee().equals(me.getUsername())) {
                throw new ConflictException("error.assignment.heldBy", directory.fullName(lead.assignee()));
            }
            process.assign(lead.id(), me.getUsername());
            a.holdBy(me.getUsername());
            record(a, me, AssignmentEvent.Type.PICKED_UP, null, null, null, null, null);
            return details(a, me);
        }
    }

    /** The head of the lead unit hands the work to a named official of the unit. */
    @Transactional
    @RetriedOnConcurrentChange
    public AssignmentDetails handTo(long id, String sentUsername) {
        try (var ignored = LogContext.assignment(id)) {
            Official me = currentOfficial.require();
            Assignment a = find(id);
            Unit lead = directory.unit(a.getLeadUnit()).orElseThrow();
            if (!me.getUsername().equals(lead.getHeadUsername())) {
                throw new NotAllowedException("error.assignment.onlyHeadHandsOn");
            }
            String username = PlainText.line(sentUsername);
            List<Violation> violations = new ArrayList<>();
            checkLine("username", username, true, USERNAME_MAX_LENGTH, violations);
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            Official to = directory.official(username).filter(o -> a.getLeadUnit().equals(o.getUnitCode()))
                    .orElseThrow(() -> new InvalidInputException(
                            new Violation("username", "validation.assignment.notInLeadUnit", username)));
            AssignmentTask task = openTask(a, AssignmentTask.Kind.LEAD);
            process.assign(task.id(), to.getUsername());
            a.holdBy(to.getUsername());
            record(a, me, AssignmentEvent.Type.HANDED_TO, null, null, to.getUsername(), null, null);
            notifications.notify(List.of(to.getUsername()), "notification.assignmentHanded",
                    List.of(me.getFullName(), shortText(a)), a.getPlanId(), a.getId());
            return details(a, me);
        }
    }

    @Transactional
    @RetriedOnConcurrentChange
    public AssignmentDetails recordProgress(long id, Integer percent, String sentNote, Upload upload) {
        String note = PlainText.text(sentNote);
        try (var ignored = LogContext.assignment(id)) {
            Official me = currentOfficial.require();
            Assignment a = find(id);
            requireLeadMember(a, me);
            List<Violation> violations = new ArrayList<>();
            if (percent == null || percent < 0 || percent > 100) {
                violations.add(new Violation("percent", "validation.percent"));
            }
            checkText("note", note, false, violations);
            checkUpload(upload, violations);
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            if (!a.isOpen() || a.isRecurring()) {
                throw new ConflictException("error.assignment.notOpen");
            }
            Long attachmentId = store(a, me, upload);
            a.recordProgress(percent);
            record(a, me, AssignmentEvent.Type.PROGRESS, percent, note, null, null, attachmentId);
            return details(a, me);
        }
    }

    /** The lead unit sends its result; it goes to acceptance, or first to the outside authority. */
    @Transactional
    @RetriedOnConcurrentChange
    public AssignmentDetails submit(long id, String sentResult, String sentNumber, Upload upload) {
        String resultText = PlainText.text(sentResult);
        String documentNumber = PlainText.line(sentNumber);
        try (var ignored = LogContext.assignment(id)) {
            Official me = currentOfficial.require();
            Assignment a = find(id);
            requireLeadMember(a, me);
            AssignmentTask task = process.openTasks(id).stream().filter(t -> t.kind() == AssignmentTask.Kind.LEAD)
                    .findFirst().orElseThrow(() -> new ConflictException("error.assignment.notWithLead"));
            if (!maySubmit(task, me)) {
                throw new NotAllowedException("error.assignment.heldByOther", directory.fullName(task.assignee()));
            }
            AssignmentDetails result = submitLead(a, task, me, resultText, documentNumber, upload);
            log.info("SUBMIT at {} by {}", task.kind(), me.getUsername());
            return result;
        }
    }

    private AssignmentDetails submitLead(Assignment a, AssignmentTask task, Official me, String resultText,
            String documentNumber, Upload upload) {
        List<Violation> violations = new ArrayList<>();
        checkText("resultText", resultText, true, violations);
        checkLine("documentNumber", documentNumber, false, DOCUMENT_NUMBER_MAX_LENGTH, violations);
        checkUpload(upload, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Instant now = clock.instant();
        Long attachmentId = store(a, me, upload);
        a.submit(resultText.strip(), blankToNull(documentNumber), attachmentId, now);
        record(a, me, a.getState() == AssignmentState.WITH_AUTHORITY ? AssignmentEvent.Type.SENT_TO_AUTHORITY
                : AssignmentEvent.Type.SUBMITTED, null, resultText.strip(), null, null, attachmentId);
        process.complete(task, me.getUsername(), "SUBMIT");
        if (a.getState() == AssignmentState.SUBMITTED) {
            notifyAcceptors(a);
        }
        return details(a, me);
    }

    @Transactional
    @RetriedOnConcurrentChange
    public AssignmentDetails requestExtension(long id, LocalDate newDeadline, String sentReason) {
        String reason = PlainText.text(sentReason);
        try (var ignored = LogContext.assignment(id)) {
            Official me = currentOfficial.require();
            Assignment a = find(id);
            requireLeadMember(a, me);
            LocalDate today = LocalDate.now(clock);
            List<Violation> violations = new ArrayList<>();
            if (newDeadline == null) {
                violations.add(new Violation("newDeadline", "validation.required"));
            } else if (newDeadline.isBefore(today)) {
                violations.add(new Violation("newDeadline", "validation.extension.beforeToday"));
            } else if (a.getDeadline() != null && !newDeadline.isAfter(a.getDeadline())) {
                violations.add(new Violation("newDeadline", "validation.extension.notLater",
                        Formats.date(a.getDeadline())));
            }
            checkText("reason", reason, true, violations);
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            if (!a.isOpen() || a.isRecurring() || a.getDeadline() == null || a.getParentId() != null) {
                throw new ConflictException("error.assignment.noExtension");
            }
            if (a.getPendingExtensionDate() != null) {
                throw new ConflictException("error.assignment.extensionPending");
            }
            a.requestExtension(newDeadline, reason.strip());
            record(a, me, AssignmentEvent.Type.EXTENSION_REQUESTED, null, reason.strip(), null, newDeadline, null);
            process.requestExtension(a.getId());
            notifications.notify(List.of(a.getDeputy()), "notification.extensionRequested",
                    List.of(a.getLeadUnit(), shortText(a), Formats.date(newDeadline)), a.getPlanId(), a.getId());
            return details(a, me);
        }
    }

    /** Starts drafting the plan this assignment delivers; its issuing will fill in the result. */
    @Transactional
    @RetriedOnConcurrentChange
    public long startLinkedPlan(long id) {
        try (var ignored = LogContext.assignment(id)) {
            Official me = currentOfficial.require();
            Assignment a = find(id);
            requireLeadMember(a, me);
            if (a.getLinkedPlanId() != null) {
                throw new ConflictException("error.assignment.planAlreadyLinked", a.getLinkedPlanId());
            }
            if (a.getState() != AssignmentState.IN_PROGRESS || a.isRecurring()) {
                throw new ConflictException("error.assignment.notWithLead");
            }
            String title = a.getContent().length() > 1000 ? a.getContent().substring(0, 1000) : a.getContent();
            long planId = plans.createLinked(new PlanContent(title, a.getLeadUnit(),
                    List.of("Căn cứ Kế hoạch số " + a.getPlanNumber() + " " + a.getPlanTitle()), List.of(), List.of(),
                    null, List.of()), a.getId());
            a.linkPlan(planId);
            record(a, me, AssignmentEvent.Type.LINKED_PLAN_STARTED, null, null, null, null, null);
            return planId;
        }
    }

    /** Whether the content reads as a plan or a scheme to be drafted ("Kế hoạch…", "Đề án…"). */
    public static boolean deliversAPlan(String content) {
        String t = Recurrence.fold(content == null ? "" : content);
        return t.startsWith("ke hoach") || t.startsWith("de an") || t.startsWith("chuong trinh");
    }

    // ---- decisions on tasks ----

    /** A decision on one of the assignment's open tasks, from the inbox or the API. */
    public record Decision(String decision, String comment, String resultText, String documentNumber,
            LocalDate documentDate, Upload upload) {
    }

    @Transactional
    @RetriedOnConcurrentChange
    public AssignmentDetails complete(String taskId, Decision sent) {
        Decision d = new Decision(sent.decision(), PlainText.text(sent.comment()),
                PlainText.text(sent.resultText()), PlainText.line(sent.documentNumber()), sent.documentDate(),
                sent.upload());
        Official me = currentOfficial.require();
        AssignmentTask task = process.openTask(taskId)
                .orElseThrow(() -> finished.notOpen(taskId));
        try (var ignored = LogContext.assignment(task.assignmentId())) {
            return decide(task, me, d);
        }
    }

    private AssignmentDetails decide(AssignmentTask task, Official me, Decision d) {
        if (!task.mayBeDoneBy(me.getUsername(), directory.groupsOf(me))) {
            throw finished.notAllowed(task.id());
        }
        Assignment a = find(task.assignmentId());
        String decision = d.decision() == null ? "" : d.decision();
        if (!task.kind().decisions().contains(decision)) {
            throw new InvalidInputException(new Violation("decision", "validation.decision.notAllowed", decision,
                    task.kind().name()));
        }
        AssignmentDetails result = switch (task.kind()) {
            case LEAD -> submitLead(a, task, me, d.resultText() != null ? d.resultText() : d.comment(),
                    d.documentNumber(), d.upload());
            case CONTRIBUTE -> contribute(a, task, me, d.comment(), d.upload());
            case AUTHORITY_DOCUMENT -> recordAuthorityDocument(a, task, me, d.documentNumber(), d.documentDate());
            case ACCEPT -> accept(a, task, me, decision, d.comment());
            case DECIDE_EXTENSION -> decideExtension(a, task, me, decision, d.comment());
            case RECURRING_REPORT -> sendReport(a, task, me, d.resultText() != null ? d.resultText() : d.comment(),
                    d.upload());
        };
        log.info("{} at {} by {}", decision, task.kind(), me.getUsername());
        return result;
    }

    private AssignmentDetails contribute(Assignment a, AssignmentTask task, Official me, String text, Upload upload) {
        List<Violation> violations = new ArrayList<>();
        checkText("comment", text, true, violations);
        checkUpload(upload, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Long attachmentId = store(a, me, upload);
        events.save(new AssignmentEvent(a.getId(), clock.instant(), me.getUsername(),
                AssignmentEvent.Type.CONTRIBUTION, task.unit(), null, text.strip(), null, attachmentId));
        audit(a, me, AssignmentEvent.Type.CONTRIBUTION, task.unit());
        process.complete(task, me.getUsername(), "CONTRIBUTE");
        notifications.notify(membersOf(a.getLeadUnit()), "notification.contributionReceived",
                List.of(task.unit(), shortText(a)), a.getPlanId(), a.getId());
        return details(a, me);
    }

    private AssignmentDetails recordAuthorityDocument(Assignment a, AssignmentTask task, Official me, String number,
            LocalDate date) {
        List<Violation> violations = new ArrayList<>();
        checkLine("documentNumber", number, true, DOCUMENT_NUMBER_MAX_LENGTH, violations);
        if (date == null) {
            violations.add(new Violation("documentDate", "validation.required"));
        } else if (date.isAfter(LocalDate.now(clock))) {
            violations.add(new Violation("documentDate", "validation.date.future"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        a.recordAuthorityDocument(number.strip(), date);
        record(a, me, AssignmentEvent.Type.AUTHORITY_DOCUMENT, null, number.strip(), null, date, null);
        process.complete(task, me.getUsername(), "RECORD");
        notifyAcceptors(a);
        return details(a, me);
    }

    private AssignmentDetails accept(Assignment a, AssignmentTask task, Official me, String decision,
            String comment) {
        if ("RETURN".equals(decision) && isBlank(comment)) {
            throw new InvalidInputException(new Violation("comment", "validation.comment.requiredForReturn"));
        }
        requireText("comment", comment);
        if ("ACCEPT".equals(decision)) {
            a.accept(LocalDate.now(clock));
            record(a, me, AssignmentEvent.Type.ACCEPTED, 100, blankToNull(comment), null, null, null);
        } else {
            a.returnToLead();
            record(a, me, AssignmentEvent.Type.RETURNED, null, comment.strip(), null, null, null);
        }
        process.complete(task, me.getUsername(), decision);
        notifications.notify(membersOf(a.getLeadUnit()), "ACCEPT".equals(decision)
                ? "notification.resultAccepted" : "notification.resultReturned",
                List.of(shortText(a), comment == null ? "" : comment.strip()), a.getPlanId(), a.getId());
        return details(a, me);
    }

    private AssignmentDetails decideExtension(Assignment a, AssignmentTask task, Official me, String decision,
            String comment) {
        requireText("comment", comment);
        boolean approved = "APPROVE".equals(decision);
        LocalDate proposed = a.getPendingExtensionDate();
        if (proposed == null) {
            throw new ConflictException("error.assignment.noExtensionPending");
        }
        a.decideExtension(approved);
        record(a, me, approved ? AssignmentEvent.Type.EXTENSION_APPROVED : AssignmentEvent.Type.EXTENSION_REFUSED,
                null, blankToNull(comment), null, proposed, null);
        process.complete(task, me.getUsername(), decision);
        if (approved) {
            process.deadlineMoved(a.getId(), endOfDay(a.getDeadline()), contributionDue(a));
        }
        notifications.notify(membersOf(a.getLeadUnit()), approved ? "notification.extensionApproved"
                : "notification.extensionRefused", List.of(shortText(a), Formats.date(proposed)), a.getPlanId(),
                a.getId());
        return details(a, me);
    }

    private AssignmentDetails sendReport(Assignment parent, AssignmentTask task, Official me, String text,
            Upload upload) {
        List<Violation> violations = new ArrayList<>();
        checkText("resultText", text, true, violations);
        checkUpload(upload, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Assignment report = find(task.reportId());
        Instant now = clock.instant();
        Long attachmentId = store(report, me, upload);
        report.reportSent(text.strip(), LocalDate.now(clock), now);
        events.save(new AssignmentEvent(report.getId(), now, me.getUsername(), AssignmentEvent.Type.REPORT_SENT,
                null, null, text.strip(), report.getDeadline(), attachmentId));
        events.save(new AssignmentEvent(parent.getId(), now, me.getUsername(), AssignmentEvent.Type.REPORT_SENT,
                null, null, text.strip(), report.getDeadline(), attachmentId));
        audit(parent, me, AssignmentEvent.Type.REPORT_SENT, Formats.date(report.getDeadline()));
        process.complete(task, me.getUsername(), "SUBMIT");
        return details(parent, me);
    }

    // ---- called by the process ----

    /** Opens the next period of a recurring assignment: a report of its own, due at the period's end. */
    @Transactional
    public Assignment openReportPeriod(long parentId) {
        Assignment parent = find(parentId);
        LocalDate after = assignments.findByParentIdOrderByDeadlineAsc(parentId).stream()
                .map(Assignment::getDeadline).reduce((x, y) -> y)
                .orElse(LocalDate.ofInstant(parent.getCreatedAt(), clock.getZone()));
        LocalDate due = parent.recurrenceRule().nextDue(after);
        Assignment report = assignments.save(parent.reportFor(due, clock.instant()));
        record(report, null, AssignmentEvent.Type.ASSIGNED, null, null, null, due, null);
        return report;
    }

    public boolean hasNextPeriod(long parentId) {
        Assignment parent = find(parentId);
        LocalDate last = assignments.findByParentIdOrderByDeadlineAsc(parentId).stream()
                .map(Assignment::getDeadline).reduce((x, y) -> y)
                .orElse(LocalDate.ofInstant(parent.getCreatedAt(), clock.getZone()));
        return !parent.recurrenceRule().nextDue(last).isAfter(parent.getPeriodEnd());
    }

    /**
     * Sends the reminder that is due now: of the reminders whose moment has come, the one closest to the deadline
     * (an earlier one that was missed, the engine being down, say, is stale by then); once per deadline, and never a
     * stale reminder.
     */
    @Transactional
    public boolean remindDue(long id) {
        Assignment a = find(id);
        if (a.getDeadline() == null) {
            return false;
        }
        Instant now = clock.instant();
        Integer daysBefore = properties.reminderDaysBefore().stream()
                .filter(days -> !now.isBefore(reminderAt(a.getDeadline(), days)))
                .min(Integer::compare).orElse(null);
        if (daysBefore == null || !reminderSendable(a, daysBefore, now)) {
            return false;
        }
        sentReminders.saveAndFlush(new SentReminder(id, reminderKind(daysBefore), a.getDeadline(), now));
        events.save(new AssignmentEvent(id, now, null, AssignmentEvent.Type.REMINDER, a.getLeadUnit(), null, null,
                a.getDeadline(), null));
        Set<String> people = new LinkedHashSet<>(membersOf(a.getLeadUnit()));
        notifications.notify(people, "notification.reminder", List.of(shortText(a),
                Formats.date(a.getDeadline()), String.valueOf(daysBefore)), a.getPlanId(), a.getId());
        log.info("Reminded {} of the deadline {}, {} days ahead", a.getLeadUnit(), a.getDeadline(), daysBefore);
        return true;
    }

    /**
     * When the lead unit is to be reminded next of the current deadline: the moment of the next reminder still to
     * come, or of one whose moment has passed but which is due and not sent yet (a plan issued on a reminder's day,
     * after its hour); {@code null} when none is left. The deadline watch waits for it, reminds, and asks again.
     */
    public Instant nextReminderAt(long id) {
        Assignment a = find(id);
        if (a.getDeadline() == null) {
            return null;
        }
        Instant now = clock.instant();
        for (int days : properties.reminderDaysBefore()) { // the most days ahead, the earliest reminder, first
            Instant at = reminderAt(a.getDeadline(), days);
            if (at.isAfter(now) || reminderSendable(a, days, now)) {
                return at;
            }
        }
        return null;
    }

    /** Whether the reminder {@code daysBefore} days ahead may go out at {@code now}: due, not stale, not sent. */
    private boolean reminderSendable(Assignment a, int daysBefore, Instant now) {
        if (!a.isOpen() || a.getDeadline() == null || a.getState() == AssignmentState.WITH_AUTHORITY) {
            return false;
        }
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        boolean laterReminderAlreadyDue = properties.reminderDaysBefore().stream()
                .anyMatch(m -> m < daysBefore && !now.isBefore(reminderAt(a.getDeadline(), m)));
        // a reminder fired after its own day (the plan was issued late, the engine was down) is stale too
        boolean reminderDayPassed = today.isAfter(a.getDeadline().minusDays(daysBefore));
        return !laterReminderAlreadyDue && !reminderDayPassed && !today.isAfter(a.getDeadline())
                && !sentReminders.existsByAssignmentIdAndKindAndDeadline(a.getId(), reminderKind(daysBefore),
                        a.getDeadline());
    }

    private static String reminderKind(int daysBefore) {
        return "BEFORE_" + daysBefore;
    }

    /** At the deadline, tells the Phó Giám đốc in charge and the follow-up office; once per deadline. */
    @Transactional
    public boolean escalateOverdue(long id) {
        Assignment a = find(id);
        if (!a.isOpen() || a.getDeadline() == null || a.getState() == AssignmentState.WITH_AUTHORITY
                || !LocalDate.now(clock).isAfter(a.getDeadline())
                || sentReminders.existsByAssignmentIdAndKindAndDeadline(id, "OVERDUE", a.getDeadline())) {
            return false;
        }
        Instant now = clock.instant();
        sentReminders.saveAndFlush(new SentReminder(id, "OVERDUE", a.getDeadline(), now));
        events.save(new AssignmentEvent(id, now, null, AssignmentEvent.Type.OVERDUE, a.getLeadUnit(), null, null,
                a.getDeadline(), null));
        Set<String> people = new LinkedHashSet<>();
        if (a.getDeputy() != null) {
            people.add(a.getDeputy());
        }
        if (a.getFollowUpUnit() != null) {
            people.addAll(membersOf(a.getFollowUpUnit()));
        }
        directory.unit(a.getLeadUnit()).map(Unit::getHeadUsername).ifPresent(people::add);
        notifications.notify(people, "notification.overdue", List.of(a.getLeadUnit(), shortText(a),
                Formats.date(a.getDeadline())), a.getPlanId(), a.getId());
        log.info("Overdue since {}: escalated to {} people", a.getDeadline(), people.size());
        return true;
    }

    public Instant leadDue(long id) {
        LocalDate deadline = find(id).getDeadline();
        return deadline == null ? null : endOfDay(deadline);
    }

    public Instant contributionDue(long id) {
        return contributionDue(find(id));
    }

    private Instant contributionDue(Assignment a) {
        if (a.getDeadline() == null) {
            return null;
        }
        LocalDate due = a.getDeadline().minusDays(properties.contributionDaysBefore());
        LocalDate today = LocalDate.now(clock);
        return endOfDay(due.isBefore(today) ? (a.getDeadline().isBefore(today) ? a.getDeadline() : today) : due);
    }

    public List<Integer> reminderDaysBefore() {
        return properties.reminderDaysBefore();
    }

    public Instant reminderAt(long id, int daysBefore) {
        return reminderAt(find(id).getDeadline(), daysBefore);
    }

    private Instant reminderAt(LocalDate deadline, int daysBefore) {
        return deadline.minusDays(daysBefore).atTime(properties.reminderHour(), 0).atZone(clock.getZone())
                .toInstant();
    }

    /** The moment an open assignment becomes late: the start of the day after its deadline. */
    public Instant overdueAt(long id) {
        return find(id).getDeadline().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }

    public List<String> coordinatingUnits(long id) {
        return find(id).getCoordinatingUnits();
    }

    /**
     * What the assignment's process routes by. Read from the assignment, which fixes all of it at issuing, rather than
     * copied into process variables: an issuing of a few hundred rows would write each of them three times over
     * (variable, its history, its history detail).
     */
    public record Routing(String leadUnit, String followUpUnit, String deputy, boolean outsideAuthority,
            boolean recurring, boolean hasDeadline) {
    }

    /** For the process; no access check, the caller is the engine. */
    public Routing routing(long id) {
        Assignment a = find(id);
        return new Routing(a.getLeadUnit(), a.getFollowUpUnit(), a.getDeputy(), a.isOutsideAuthority(),
                a.isRecurring(), a.getDeadline() != null);
    }

    // ---- reading ----

    /** What the inbox shows of an assignment. */
    public record Brief(Long planId, String planTitle, String content, String leadUnit) {
    }

    /** For the inbox; no access check, the caller is the engine. */
    public Brief brief(long id) {
        Assignment a = find(id);
        return new Brief(a.getPlanId(), a.getPlanTitle(), a.getContent(), a.getLeadUnit());
    }

    public AssignmentDetails get(long id) {
        Official me = currentOfficial.require();
        Assignment a = find(id);
        if (!maySee(a, me)) {
            throw new NotAllowedException("error.assignment.notVisible");
        }
        return details(a, me);
    }

    public Page<AssignmentSummary> search(Filter filter, Pageable pageable) {
        Official me = currentOfficial.require();
        Scope scope = scope(me);
        LocalDate today = LocalDate.now(clock);
        return assignments.search(filter.planId(), blankToNull(filter.unit()),
                filter.status(), scope.all(), scope.unitsForQuery(),
                filter.leadUnitOnly(), filter.from(), filter.to(), today, pageable).map(a -> summary(a, today));
    }

    /**
     * "Theo dõi thực hiện": for the leadership and the follow-up office. Without a deadline range, from the counts
     * kept as the assignments change; with one, every assignment in it is counted. One snapshot for all of it.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Dashboard dashboard(Filter filter) {
        Official me = currentOfficial.require();
        if (!maySeeDashboard(me)) {
            throw new NotAllowedException("error.dashboard.notAllowed");
        }
        Scope scope = scope(me);
        LocalDate today = LocalDate.now(clock);
        String unit = blankToNull(filter.unit());
        List<? extends AssignmentRepository.UnitCounts> unitCounts;
        List<? extends AssignmentRepository.PlanCounts> planCounts;
        if (filter.from() != null || filter.to() != null) {
            unitCounts = assignments.countByUnit(filter.planId(), unit, scope.all(), scope.unitsForQuery(),
                    filter.from(), filter.to(), today);
            planCounts = assignments.countByPlan(filter.planId(), unit, scope.all(), scope.unitsForQuery(),
                    filter.from(), filter.to(), today);
        } else {
            AssignmentTallies.Counts counts = tallies.counts(filter.planId(), unit, scope.all(),
                    scope.unitsForQuery(), today);
            unitCounts = counts.byUnit();
            planCounts = counts.byPlan();
        }
        Map<String, String> unitNames = new LinkedHashMap<>();
        directory.units().forEach(u -> unitNames.put(u.getCode(), u.getName()));
        List<DashboardRow> byUnit = new ArrayList<>();
        for (AssignmentRepository.UnitCounts c : unitCounts) {
            byUnit.add(new DashboardRow(c.getUnit(), unitNames.getOrDefault(c.getUnit(), c.getUnit()),
                    c.getOpenInTime(), c.getOpenOverdue(), c.getDoneOnTime(), c.getDoneLate(), c.getWithAuthority()));
        }
        byUnit.sort((x, y) -> Long.compare(y.openOverdue(), x.openOverdue()) != 0
                ? Long.compare(y.openOverdue(), x.openOverdue()) : x.key().compareTo(y.key()));
        List<DashboardRow> byPlan = new ArrayList<>();
        for (AssignmentRepository.PlanCounts c : planCounts) {
            byPlan.add(new DashboardRow(String.valueOf(c.getPlanId()), c.getPlanNumber() + " " + c.getPlanTitle(),
                    c.getOpenInTime(), c.getOpenOverdue(), c.getDoneOnTime(), c.getDoneLate(), c.getWithAuthority()));
        }
        DashboardRow total = new DashboardRow("", "", byUnit.stream().mapToLong(DashboardRow::openInTime).sum(),
                byUnit.stream().mapToLong(DashboardRow::openOverdue).sum(),
                byUnit.stream().mapToLong(DashboardRow::doneOnTime).sum(),
                byUnit.stream().mapToLong(DashboardRow::doneLate).sum(),
                byUnit.stream().mapToLong(DashboardRow::withAuthority).sum());
        return new Dashboard(byUnit, byPlan, total);
    }

    public boolean maySeeDashboard() {
        return maySeeDashboard(currentOfficial.require());
    }

    public Attachment attachment(long assignmentId, long attachmentId) {
        Official me = currentOfficial.require();
        Assignment a = find(assignmentId);
        if (!maySee(a, me)) {
            throw new NotAllowedException("error.assignment.notVisible");
        }
        Attachment file = attachments.findById(attachmentId)
                .filter(f -> f.getAssignmentId().equals(assignmentId))
                .orElseThrow(() -> new NotFoundException("error.attachment.notFound", attachmentId));
        file.getData();
        return file;
    }

    /** The open assignment tasks the current user may act on, for the detail screen. */
    public List<AssignmentTask> myOpenTasks(long id) {
        Official me = currentOfficial.require();
        List<String> groups = directory.groupsOf(me);
        return process.openTasks(id).stream().filter(t -> t.mayBeDoneBy(me.getUsername(), groups)).toList();
    }

    /** What the current user may do on the assignment beyond its tasks. */
    public record Permissions(boolean progress, boolean submit, boolean extension, boolean pickUp,
            boolean handOn, boolean linkedPlan) {
    }

    public Permissions permissions(long id) {
        Official me = currentOfficial.require();
        Assignment a = find(id);
        boolean leadMember = a.getLeadUnit().equals(me.getUnitCode());
        boolean open = a.isOpen() && !a.isRecurring();
        boolean withLead = open && a.getState() == AssignmentState.IN_PROGRESS;
        Optional<AssignmentTask> lead = process.openTasks(id).stream()
                .filter(t -> t.kind() == AssignmentTask.Kind.LEAD).findFirst();
        boolean head = directory.unit(a.getLeadUnit()).map(u -> me.getUsername().equals(u.getHeadUsername()))
                .orElse(false);
        return new Permissions(leadMember && open, leadMember && withLead && lead.isPresent()
                        && maySubmit(lead.get(), me),
                leadMember && open && a.getDeadline() != null && a.getPendingExtensionDate() == null
                        && a.getParentId() == null,
                leadMember && lead.isPresent() && lead.get().assignee() == null, head && lead.isPresent(),
                leadMember && withLead && a.getLinkedPlanId() == null);
    }

    // ---- helpers ----

    /**
     * Work taken up by one official is submitted by that official, as through the task itself (the unit head hands
     * it to someone else first if need be).
     */
    private static boolean maySubmit(AssignmentTask lead, Official me) {
        return lead.assignee() == null || lead.assignee().equals(me.getUsername());
    }

    private record Scope(boolean all, Set<String> units) {

        Collection<String> unitsForQuery() {
            // an empty IN list is not valid SQL
            return units.isEmpty() ? List.of("-") : units;
        }
    }

    private Scope scope(Official me) {
        if (me.has(Role.GIAM_DOC) || me.has(Role.QUAN_TRI) || isFollowUpMember(me)) {
            return new Scope(true, Set.of());
        }
        Set<String> units = new LinkedHashSet<>();
        if (me.has(Role.PHO_GIAM_DOC)) {
            directory.units().stream().filter(u -> me.getUsername().equals(u.getDeputyUsername()))
                    .forEach(u -> units.add(u.getCode()));
        }
        if (me.getUnitCode() != null) {
            units.add(me.getUnitCode());
        }
        return new Scope(false, units);
    }

    private boolean isFollowUpMember(Official me) {
        String followUp = directory.agency().getFollowUpUnitCode();
        return followUp != null && followUp.equals(me.getUnitCode());
    }

    private boolean maySee(Assignment a, Official me) {
        Scope scope = scope(me);
        return scope.all() || scope.units().contains(a.getLeadUnit())
                || a.getCoordinatingUnits().stream().anyMatch(scope.units()::contains);
    }

    private boolean maySeeDashboard(Official me) {
        return me.has(Role.GIAM_DOC) || me.has(Role.PHO_GIAM_DOC) || me.has(Role.QUAN_TRI) || isFollowUpMember(me);
    }

    private void requireLeadMember(Assignment a, Official me) {
        if (!maySee(a, me)) {
            throw new NotAllowedException("error.assignment.notVisible");
        }
        if (!a.getLeadUnit().equals(me.getUnitCode())) {
            throw new NotAllowedException("error.assignment.notLead");
        }
    }

    private AssignmentTask openTask(Assignment a, AssignmentTask.Kind kind) {
        return process.openTasks(a.getId()).stream().filter(t -> t.kind() == kind).findFirst()
                .orElseThrow(() -> new ConflictException("error.assignment.notWithLead"));
    }

    private void notifyAcceptors(Assignment a) {
        Set<String> people = new LinkedHashSet<>();
        if (a.getFollowUpUnit() != null) {
            people.addAll(membersOf(a.getFollowUpUnit()));
        }
        if (a.getDeputy() != null) {
            people.add(a.getDeputy());
        }
        notifications.notify(people, "notification.resultSubmitted", List.of(a.getLeadUnit(), shortText(a)),
                a.getPlanId(), a.getId());
    }

    private List<String> membersOf(String unit) {
        return directory.enabledMemberUsernames(unit);
    }

    private Assignment find(long id) {
        return assignments.findById(id).orElseThrow(() -> new NotFoundException("error.assignment.notFound", id));
    }

    private void record(Assignment a, Official actor, AssignmentEvent.Type type, Integer percent, String text,
            String unitOrUser, LocalDate date, Long attachmentId) {
        events.save(new AssignmentEvent(a.getId(), clock.instant(), actor == null ? null : actor.getUsername(), type,
                unitOrUser, percent, text, date, attachmentId));
        if (actor != null) {
            audit(a, actor, type, String.join(" ", java.util.stream.Stream.of(unitOrUser,
                    percent == null ? null : percent + "%", date == null ? null : Formats.date(date))
                    .filter(java.util.Objects::nonNull).toList()));
        }
    }

    /** One line of the audit log per action an official takes on an assignment; reminders and timers write none. */
    private void audit(Assignment a, Official actor, AssignmentEvent.Type type, String detail) {
        String about = (a.getPlanNumber() == null ? "" : a.getPlanNumber() + " · ") + shortText(a);
        audit.record(actor.getUsername(), actor.getFullName(), "ASSIGNMENT_" + type.name(), "ASSIGNMENT", a.getId(),
                detail == null || detail.isBlank() ? about : about + " · " + detail);
    }

    private Long store(Assignment a, Official me, Upload upload) {
        if (upload == null || upload.data() == null || upload.data().length == 0) {
            return null;
        }
        String name = upload.fileName() == null || upload.fileName().isBlank() ? "tep-dinh-kem"
                : upload.fileName().replaceAll("[\\\\/\\p{Cntrl}]", "_");
        String type = upload.contentType() == null ? "" : upload.contentType().split(";", 2)[0].strip();
        return attachments.save(new Attachment(a.getId(), name.length() > 255 ? name.substring(0, 255) : name,
                MEDIA_TYPE.matcher(type).matches() ? type : "application/octet-stream", upload.data(),
                me.getUsername(), clock.instant())).getId();
    }

    private static void checkUpload(Upload upload, List<Violation> violations) {
        if (upload == null) {
            return;
        }
        PlainText.checkFileName("file", upload.fileName(), Attachment.FILE_NAME_MAX_LENGTH, violations);
        if (upload.data() != null && upload.data().length > Attachment.MAX_BYTES) {
            violations.add(new Violation("file", "validation.file.tooLarge", Attachment.MAX_BYTES / 1024 / 1024));
        }
    }

    /** A report, a note, a reason or a comment: several lines of plain text. */
    private static void checkText(String field, String text, boolean required, List<Violation> violations) {
        if (required && isBlank(text)) {
            violations.add(new Violation(field, "validation.required"));
        } else {
            PlainText.checkText(field, text, Assignment.TEXT_MAX_LENGTH, violations);
        }
    }

    private static void requireText(String field, String text) {
        List<Violation> violations = new ArrayList<>();
        checkText(field, text, false, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** A document number or a username: one line. */
    private static void checkLine(String field, String text, boolean required, int max, List<Violation> violations) {
        if (required && isBlank(text)) {
            violations.add(new Violation(field, "validation.required"));
        } else {
            PlainText.checkLine(field, text, max, violations);
        }
    }

    private Instant endOfDay(LocalDate date) {
        return LocalDateTime.of(date, java.time.LocalTime.of(23, 59, 59)).atZone(clock.getZone()).toInstant();
    }

    private static String shortText(Assignment a) {
        String c = a.getContent();
        return c.length() > 120 ? c.substring(0, 119) + "…" : c;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }

    private AssignmentSummary summary(Assignment a, LocalDate today) {
        return new AssignmentSummary(a.getId(), a.getPlanId(), a.getPlanNumber(), a.getSeq(), a.getContent(),
                a.getLeadUnit(), a.getCoordinatingUnits(), a.getDeadline(), a.getDeadlineText(), a.statusOn(today),
                a.getProgress(), a.getHolder(), a.getHolder() == null ? null : directory.fullName(a.getHolder()),
                daysLeft(a, today), a.getParentId());
    }

    private static Long daysLeft(Assignment a, LocalDate today) {
        if (a.getDeadline() == null) {
            return null;
        }
        LocalDate end = a.getState() == AssignmentState.DONE ? a.getCompletedOn() : today;
        return ChronoUnit.DAYS.between(end, a.getDeadline());
    }

    private AssignmentDetails details(Assignment a, Official me) {
        LocalDate today = LocalDate.now(clock);
        List<AssignmentDetails.TimelineEntry> timeline = events.findByAssignmentIdOrderByAtAscIdAsc(a.getId())
                .stream().map(e -> new AssignmentDetails.TimelineEntry(e.getAt(), e.getActor(),
                        e.getActor() == null ? null : directory.fullName(e.getActor()), e.getType(), e.getUnitCode(),
                        e.getPercent(), e.getText(), e.getDate(), e.getAttachmentId()))
                .toList();
        List<AssignmentDetails.AttachmentInfo> files = attachments.findAllById(timeline.stream()
                .map(AssignmentDetails.TimelineEntry::attachmentId).filter(java.util.Objects::nonNull).toList())
                .stream().map(f -> new AssignmentDetails.AttachmentInfo(f.getId(), f.getFileName(),
                        f.getContentType(), f.getSize(), f.getUploadedBy(), f.getUploadedAt()))
                .toList();
        List<AssignmentDetails.Report> reports = a.isRecurring() ? assignments
                .findByParentIdOrderByDeadlineAsc(a.getId()).stream()
                .map(r -> new AssignmentDetails.Report(r.getId(), r.getDeadline(), r.statusOn(today),
                        r.getCompletedOn()))
                .toList() : List.of();
        return new AssignmentDetails(a.getId(), a.getPlanId(), a.getPlanNumber(), a.getPlanTitle(), a.getParentId(),
                a.getSeq(), a.getGroup(), a.getContent(), a.getLeadUnit(), a.getCoordinatingUnits(),
                a.getExternalCoordinators(), a.getDeadline(), a.getOriginalDeadline(), a.getDeadlineText(),
                a.getIssuingAuthority(), a.isOutsideAuthority(), a.getFollowUpUnit(), a.getDeputy(), a.getHolder(),
                a.getHolder() == null ? null : directory.fullName(a.getHolder()), a.getProgress(), a.getState(),
                a.statusOn(today), daysLeft(a, today),
                a.recurrenceRule() == null ? null : a.recurrenceRule().describe(), a.getPeriodEnd(),
                a.getResultText(), a.getResultDocumentNumber(), a.getResultAttachmentId(),
                a.getAuthorityDocumentNumber(), a.getAuthorityDocumentDate(), a.getLinkedPlanId(),
                a.getPendingExtensionDate(), a.getPendingExtensionReason(), a.getCompletedOn(), timeline, files,
                reports);
    }
}
