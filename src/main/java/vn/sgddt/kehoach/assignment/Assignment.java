package vn.sgddt.kehoach.assignment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of an issued plan's appendix as tracked work (nhiệm vụ được giao). A recurring row is a parent whose
 * periodic reports are assignments of their own ({@link #getParentId()}), each tracked like a deliverable.
 */
@Entity
@EntityListeners(AssignmentTallyListener.class)
@Table(name = "assignment", indexes = {
        @Index(name = "idx_assignment_lead", columnList = "leadUnit, state, deadline"),
        @Index(name = "idx_assignment_plan", columnList = "planId, seq"),
        @Index(name = "idx_assignment_state", columnList = "state, deadline")})
public class Assignment {

    public static final int TEXT_MAX_LENGTH = 20_000;

    @Id
    // from a sequence, fetched 50 at a time, so that many new rows go to the database in one batch
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
    @SequenceGenerator(name = "assignment_seq", sequenceName = "assignment_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private Long planId;

    @Column(length = 50)
    private String planNumber;

    @Column(length = 1000)
    private String planTitle;

    private Long appendixRowId;

    /** For a periodic report: the recurring assignment it belongs to. */
    private Long parentId;

    private int seq;

    @Column(name = "group_heading", length = 500)
    private String group;

    // text of any length: a PostgreSQL text column (a @Lob would be a large object there)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(nullable = false)
    private String content;

    /** Đơn vị chủ trì: exactly one. */
    @Column(nullable = false, length = 20)
    private String leadUnit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assignment_coordinator", joinColumns = @JoinColumn(name = "assignment_id"),
            indexes = @Index(name = "idx_assignment_coordinator", columnList = "unit_code"))
    @OrderColumn(name = "position")
    @Column(name = "unit_code", length = 20)
    private List<String> coordinatingUnits = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assignment_external", joinColumns = @JoinColumn(name = "assignment_id"))
    @OrderColumn(name = "position")
    @Column(name = "body", length = 500)
    private List<String> externalCoordinators = new ArrayList<>();

    private LocalDate deadline;

    private LocalDate originalDeadline;

    @Column(length = 500)
    private String deadlineText;

    @Column(length = 500)
    private String issuingAuthority;

    /** The issuing authority is outside the agency: the result waits for its document. */
    private boolean outsideAuthority;

    /** Đầu mối theo dõi. */
    @Column(length = 20)
    private String followUpUnit;

    /** The Phó Giám đốc in charge of the lead unit's field. */
    @Column(length = 64)
    private String deputy;

    /** Who in the lead unit holds the work now, once someone picked it up or the head handed it on. */
    @Column(length = 64)
    private String holder;

    private int progress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssignmentState state = AssignmentState.IN_PROGRESS;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Recurrence.Kind recurrence;

    private int recurrenceDay;

    /** Until when a recurring row reports. */
    private LocalDate periodEnd;

    @Column(length = TEXT_MAX_LENGTH)
    private String resultText;

    @Column(length = 100)
    private String resultDocumentNumber;

    private Long resultAttachmentId;

    @Column(length = 100)
    private String authorityDocumentNumber;

    private LocalDate authorityDocumentDate;

    /** A plan drafted to deliver this assignment. */
    private Long linkedPlanId;

    private LocalDate pendingExtensionDate;

    @Column(length = 2000)
    private String pendingExtensionReason;

    private Instant submittedAt;

    private LocalDate completedOn;

    @Column(length = 64)
    private String processInstanceId;

    @Column(nullable = false)
    private Instant createdAt;

    protected Assignment() {
    }

    Assignment(Long planId, String planNumber, String planTitle, Long appendixRowId, int seq, String group,
            String content, String leadUnit, List<String> coordinatingUnits, List<String> externalCoordinators,
            LocalDate deadline, String deadlineText, String issuingAuthority, boolean outsideAuthority,
            String followUpUnit, String deputy, Instant createdAt) {
        this.planId = planId;
        this.planNumber = planNumber;
        this.planTitle = planTitle;
        this.appendixRowId = appendixRowId;
        this.seq = seq;
        this.group = group;
        this.content = content;
        this.leadUnit = leadUnit;
        this.coordinatingUnits = new ArrayList<>(coordinatingUnits);
        this.externalCoordinators = new ArrayList<>(externalCoordinators);
        this.deadline = deadline;
        this.originalDeadline = deadline;
        this.deadlineText = deadlineText;
        this.issuingAuthority = issuingAuthority;
        this.outsideAuthority = outsideAuthority;
        this.followUpUnit = followUpUnit;
        this.deputy = deputy;
        this.createdAt = createdAt;
    }

    /** A periodic report of a recurring assignment, due on {@code due}. */
    Assignment reportFor(LocalDate due, Instant now) {
        Assignment report = new Assignment(planId, planNumber, planTitle, appendixRowId, seq, group, content,
                leadUnit, coordinatingUnits, externalCoordinators, due, deadlineText, issuingAuthority, false,
                followUpUnit, deputy, now);
        report.parentId = id;
        return report;
    }

    /** The official category on a given day. */
    public AssignmentStatus statusOn(LocalDate today) {
        return switch (state) {
            case WITH_AUTHORITY -> AssignmentStatus.WITH_AUTHORITY;
            case DONE -> deadline == null || !completedOn.isAfter(deadline) ? AssignmentStatus.DONE_ON_TIME
                    : AssignmentStatus.DONE_LATE;
            default -> deadline != null && today.isAfter(deadline) ? AssignmentStatus.OPEN_OVERDUE
                    : AssignmentStatus.OPEN_IN_TIME;
        };
    }

    boolean isRecurring() {
        return recurrence != null;
    }

    boolean isOpen() {
        return state != AssignmentState.DONE;
    }

    boolean involves(String unitCode) {
        return leadUnit.equals(unitCode) || coordinatingUnits.contains(unitCode);
    }

    void recur(Recurrence r, LocalDate periodEnd) {
        this.recurrence = r.kind();
        this.recurrenceDay = r.dayOfMonth();
        this.periodEnd = periodEnd;
    }

    Recurrence recurrenceRule() {
        return recurrence == null ? null : new Recurrence(recurrence, recurrenceDay);
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void holdBy(String username) {
        this.holder = username;
    }

    void recordProgress(int percent) {
        this.progress = percent;
    }

    void submit(String resultText, String documentNumber, Long attachmentId, Instant at) {
        this.resultText = resultText;
        this.resultDocumentNumber = documentNumber;
        this.resultAttachmentId = attachmentId;
        this.submittedAt = at;
        this.state = outsideAuthority ? AssignmentState.WITH_AUTHORITY : AssignmentState.SUBMITTED;
    }

    void recordAuthorityDocument(String number, LocalDate date) {
        this.authorityDocumentNumber = number;
        this.authorityDocumentDate = date;
        this.state = AssignmentState.SUBMITTED;
    }

    void returnToLead() {
        this.state = AssignmentState.IN_PROGRESS;
    }

    void accept(LocalDate on) {
        this.state = AssignmentState.DONE;
        this.progress = 100;
        this.completedOn = on;
    }

    /** A periodic report needs no acceptance: sending it is doing it. */
    void reportSent(String text, LocalDate on, Instant at) {
        this.resultText = text;
        this.submittedAt = at;
        accept(on);
    }

    void requestExtension(LocalDate date, String reason) {
        this.pendingExtensionDate = date;
        this.pendingExtensionReason = reason;
    }

    void decideExtension(boolean approved) {
        if (approved) {
            this.deadline = pendingExtensionDate;
        }
        this.pendingExtensionDate = null;
        this.pendingExtensionReason = null;
    }

    void linkPlan(Long planId) {
        this.linkedPlanId = planId;
    }

    public Long getId() {
        return id;
    }

    public Long getPlanId() {
        return planId;
    }

    public String getPlanNumber() {
        return planNumber;
    }

    public String getPlanTitle() {
        return planTitle;
    }

    public Long getAppendixRowId() {
        return appendixRowId;
    }

    public Long getParentId() {
        return parentId;
    }

    public int getSeq() {
        return seq;
    }

    public String getGroup() {
        return group;
    }

    public String getContent() {
        return content;
    }

    public String getLeadUnit() {
        return leadUnit;
    }

    public List<String> getCoordinatingUnits() {
        return List.copyOf(coordinatingUnits);
    }

    public List<String> getExternalCoordinators() {
        return List.copyOf(externalCoordinators);
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public LocalDate getOriginalDeadline() {
        return originalDeadline;
    }

    public String getDeadlineText() {
        return deadlineText;
    }

    public String getIssuingAuthority() {
        return issuingAuthority;
    }

    public boolean isOutsideAuthority() {
        return outsideAuthority;
    }

    public String getFollowUpUnit() {
        return followUpUnit;
    }

    public String getDeputy() {
        return deputy;
    }

    public String getHolder() {
        return holder;
    }

    public int getProgress() {
        return progress;
    }

    public AssignmentState getState() {
        return state;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public String getResultText() {
        return resultText;
    }

    public String getResultDocumentNumber() {
        return resultDocumentNumber;
    }

    public Long getResultAttachmentId() {
        return resultAttachmentId;
    }

    public String getAuthorityDocumentNumber() {
        return authorityDocumentNumber;
    }

    public LocalDate getAuthorityDocumentDate() {
        return authorityDocumentDate;
    }

    public Long getLinkedPlanId() {
        return linkedPlanId;
    }

    public LocalDate getPendingExtensionDate() {
        return pendingExtensionDate;
    }

    public String getPendingExtensionReason() {
        return pendingExtensionReason;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
