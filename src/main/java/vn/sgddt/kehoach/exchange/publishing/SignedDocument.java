package vn.sgddt.kehoach.exchange.publishing;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The signed PDF of a plan at one stage, byte for byte as it was signed: a signature covers exact bytes, so this
 * file is what is served and verified, never a new print of the plan.
 */
@Entity
@Table(name = "plan_signed_document", uniqueConstraints = @UniqueConstraint(
        name = "uk_plan_signed_document_stage", columnNames = {"plan_id", "stage"}))
class SignedDocument {

    /** Ký: signed by the signer, number and date still blank. Ban hành: numbered, dated and sealed. */
    enum Stage {
        SIGNED, ISSUED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Stage stage;

    // a PostgreSQL bytea column (a @Lob would be a large object there)
    @JdbcTypeCode(SqlTypes.LONG32VARBINARY)
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] pdf;

    @Column(nullable = false, length = 64)
    private String sha256;

    /** Where the blanks and the signature are on the pages (JSON of {@code SigningLayout}), for the next stage. */
    @Column(length = 4000)
    private String layout;

    @Column(nullable = false, length = 64)
    private String createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    protected SignedDocument() {
    }

    SignedDocument(long planId, Stage stage, byte[] pdf, String layout, String createdBy, Instant createdAt) {
        this.planId = planId;
        this.stage = stage;
        this.pdf = pdf;
        this.sha256 = sha256(pdf);
        this.layout = layout;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    Long getId() {
        return id;
    }

    long getPlanId() {
        return planId;
    }

    Stage getStage() {
        return stage;
    }

    byte[] getPdf() {
        return pdf;
    }

    String getSha256() {
        return sha256;
    }

    String getLayout() {
        return layout;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
