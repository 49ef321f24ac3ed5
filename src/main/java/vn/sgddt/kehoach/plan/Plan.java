package vn.sgddt.kehoach.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Kế hoạch: the document as drafted, reviewed, signed and issued. The plan keeps its content and the trace of every
 * decision; the approval process decides which step it is at.
 */
@Entity
@Table(name = "plan_document", indexes = {
        @Index(name = "idx_plan_status", columnList = "status, updatedAt"),
        @Index(name = "idx_plan_unit", columnList = "draftingUnit, updatedAt")})
public class Plan {

    public static final int TITLE_MAX_LENGTH = 1000;
    public static final int HEADING_MAX_LENGTH = 500;
    public static final int NAME_MAX_LENGTH = 500;
    public static final int COMMENT_MAX_LENGTH = 2000;
    public static final int LEGAL_BASIS_MAX_LENGTH = 2000;
    public static final int TEXT_MAX_LENGTH = 100_000;
    public static final int APPENDIX_MAX_ROWS = 1000;
    // far above any real plan, so that a list of garbage is refused before it is stored row by row
    public static final int LEGAL_BASES_MAX = 100;
    public static final int SECTIONS_MAX = 100;
    public static final int RECIPIENTS_MAX = 200;
    public static final int EXTERNAL_COORDINATORS_MAX = 50;
    public static final int PURPOSE_MAX_LENGTH = 100;
    public static final int UNIT_CODE_MAX_LENGTH = 20;
    public static final String DOCUMENT_TYPE = "KH";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** Trích yếu. */
    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(nullable = false, length = 20)
    private String draftingUnit;

    @Column(nullable = false, length = 64)
    private String drafter;

    /** Căn cứ, in the order they are cited. */
    @ElementCollection
    @CollectionTable(name = "plan_legal_basis", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "basis", length = LEGAL_BASIS_MAX_LENGTH)
    private List<String> legalBases = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_section", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlanSection> sections = new ArrayList<>();

    /** Nơi nhận. */
    @ElementCollection
    @CollectionTable(name = "plan_recipient", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<Recipient> recipients = new ArrayList<>();

    @Column(length = 64)
    private String signer;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private SigningForm signingForm;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "plan_id")
    @OrderColumn(name = "position")
    private List<AppendixRow> appendix = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PlanStatus status = PlanStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private PlanStep currentStep = PlanStep.DRAFT;

    /** Số thứ tự in the register of the year; null until issued. */
    private Integer registerNumber;

    /**
     * "15/KH-SGDĐT". Not unique on its own: the register starts again from 01 every year, so the same number comes
     * back each year; the register's row lock keeps it unique within a year.
     */
    @Column(length = 50)
    private String number;

    private LocalDate issuedOn;

    @Column(length = 64)
    private String processInstanceId;

    /** The assignment this plan was drafted to deliver ("Kế hoạch…" in another plan's appendix). */
    private Long sourceAssignmentId;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "plan_id")
    @OrderBy("at ASC, id ASC")
    private List<HistoryEntry> history = new ArrayList<>();

    protected Plan() {
    }

    Plan(String draftingUnit, String drafter, Instant now) {
        this.draftingUnit = draftingUnit;
        this.drafter = drafter;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void replaceContent(String title, List<String> legalBases, List<PlanSection> sections,
            List<Recipient> recipients, String signer, SigningForm signingForm, List<AppendixRow> appendix,
            Instant now) {
        if (status != PlanStatus.DRAFT) {
            throw new IllegalStateException("Only a draft can be changed");
        }
        this.title = title;
        this.legalBases.clear();
        this.legalBases.addAll(legalBases);
        this.sections.clear();
        this.sections.addAll(sections);
        this.recipients.clear();
        this.recipients.addAll(recipients);
        this.signer = signer;
        this.signingForm = signingForm;
        this.appendix.clear();
        this.appendix.addAll(appendix);
        this.updatedAt = now;
    }

    void enterStep(PlanStep step, Instant now) {
        this.currentStep = step;
        this.status = step.status();
        this.updatedAt = now;
    }

    void markIssued(int registerNumber, String number, LocalDate issuedOn, Instant now) {
        if (this.number != null) {
            throw new IllegalStateException("Plan " + id + " was already issued as " + this.number);
        }
        this.registerNumber = registerNumber;
        this.number = number;
        this.issuedOn = issuedOn;
        this.status = PlanStatus.ISSUED;
        this.currentStep = null;
        this.updatedAt = now;
    }

    void record(HistoryEntry entry) {
        history.add(entry);
    }

    void deliverAssignment(Long assignmentId) {
        this.sourceAssignmentId = assignmentId;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDraftingUnit() {
        return draftingUnit;
    }

    public String getDrafter() {
        return drafter;
    }

    public List<String> getLegalBases() {
        return List.copyOf(legalBases);
    }

    public List<PlanSection> getSections() {
        return List.copyOf(sections);
    }

    public List<Recipient> getRecipients() {
        return List.copyOf(recipients);
    }

    public String getSigner() {
        return signer;
    }

    public SigningForm getSigningForm() {
        return signingForm;
    }

    public List<AppendixRow> getAppendix() {
        return List.copyOf(appendix);
    }

    public PlanStatus getStatus() {
        return status;
    }

    public PlanStep getCurrentStep() {
        return currentStep;
    }

    public Integer getRegisterNumber() {
        return registerNumber;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Long getSourceAssignmentId() {
        return sourceAssignmentId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<HistoryEntry> getHistory() {
        return List.copyOf(history);
    }
}
