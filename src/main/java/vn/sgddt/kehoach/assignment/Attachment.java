package vn.sgddt.kehoach.assignment;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A file attached to progress, a contribution or a result. Stored in the database with the rest. */
@Entity
@Table(name = "assignment_attachment")
public class Attachment {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int FILE_NAME_MAX_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long assignmentId;

    @Column(nullable = false, length = FILE_NAME_MAX_LENGTH)
    private String fileName;

    @Column(length = 100)
    private String contentType;

    private long size;

    // a PostgreSQL bytea column (a @Lob would be a large object there)
    @JdbcTypeCode(SqlTypes.LONG32VARBINARY)
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] data;

    @Column(nullable = false, length = 64)
    private String uploadedBy;

    @Column(nullable = false)
    private Instant uploadedAt;

    protected Attachment() {
    }

    Attachment(Long assignmentId, String fileName, String contentType, byte[] data, String uploadedBy,
            Instant uploadedAt) {
        this.assignmentId = assignmentId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = data.length;
        this.data = data;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getAssignmentId() {
        return assignmentId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public byte[] getData() {
        return data;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
