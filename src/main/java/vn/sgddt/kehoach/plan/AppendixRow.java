package vn.sgddt.kehoach.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of the task-assignment appendix (Phụ lục phân công nhiệm vụ): what is to be done, the one lead unit
 * (đơn vị chủ trì, NĐ 39/2022), the coordinating units (phối hợp), the deadline and who issues the result.
 */
@Entity
@Table(name = "plan_appendix_row")
public class AppendixRow {

    @Id
    // from a sequence, fetched 50 at a time, so that many new rows go to the database in one batch
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_appendix_row_seq")
    @SequenceGenerator(name = "plan_appendix_row_seq", sequenceName = "plan_appendix_row_seq", allocationSize = 50)
    private Long id;

    private int seq;

    /** Heading of the group the row belongs to: "A. Nhiệm vụ theo Quyết định số 116/QĐ-UBND…". */
    @Column(name = "group_heading", length = Plan.HEADING_MAX_LENGTH)
    private String group;

    // text of any length: a PostgreSQL text column (a @Lob would be a large object there)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(nullable = false)
    private String content;

    /** Đơn vị chủ trì. */
    @Column(nullable = false, length = 20)
    private String leadUnit;

    /** Đơn vị phối hợp inside the agency, by unit code. */
    @ElementCollection
    @CollectionTable(name = "plan_appendix_coordinator", joinColumns = @JoinColumn(name = "row_id"))
    @OrderColumn(name = "position")
    @Column(name = "unit_code", length = 20)
    private List<String> coordinatingUnits = new ArrayList<>();

    /** Bodies outside the agency that coordinate: "UBND các huyện, thị xã, thành phố". */
    @ElementCollection
    @CollectionTable(name = "plan_appendix_external", joinColumns = @JoinColumn(name = "row_id"))
    @OrderColumn(name = "position")
    @Column(name = "body", length = Plan.NAME_MAX_LENGTH)
    private List<String> externalCoordinators = new ArrayList<>();

    private LocalDate deadline;

    /** The deadline as the plan writes it: "Tháng 02/2025", "Quý I/2025", "thường xuyên". */
    @Column(length = Plan.NAME_MAX_LENGTH)
    private String deadlineText;

    /** Thẩm quyền ban hành: "UBND tỉnh", "Sở GD&ĐT". */
    @Column(length = Plan.NAME_MAX_LENGTH)
    private String issuingAuthority;

    protected AppendixRow() {
    }

    public AppendixRow(int seq, String group, String content, String leadUnit, List<String> coordinatingUnits,
            List<String> externalCoordinators, LocalDate deadline, String deadlineText, String issuingAuthority) {
        this.seq = seq;
        this.group = group;
        this.content = content;
        this.leadUnit = leadUnit;
        this.coordinatingUnits = new ArrayList<>(coordinatingUnits);
        this.externalCoordinators = new ArrayList<>(externalCoordinators);
        this.deadline = deadline;
        this.deadlineText = deadlineText;
        this.issuingAuthority = issuingAuthority;
    }

    public Long getId() {
        return id;
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

    public String getDeadlineText() {
        return deadlineText;
    }

    public String getIssuingAuthority() {
        return issuingAuthority;
    }
}
