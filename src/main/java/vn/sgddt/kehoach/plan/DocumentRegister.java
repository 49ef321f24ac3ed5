package vn.sgddt.kehoach.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * Sổ đăng ký văn bản đi: the last number given to a document type of an agency in a year. Numbers start again from
 * 01 each 1 January (NĐ 30/2020) and are taken under a row lock, so none is skipped or given twice.
 */
@Entity
@Table(name = "document_register",
        uniqueConstraints = @UniqueConstraint(name = "uk_register", columnNames = {"agencySymbol", "documentType",
                "registerYear"}))
class DocumentRegister {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String agencySymbol;

    @Column(nullable = false, length = 10)
    private String documentType;

    @Column(nullable = false)
    private int registerYear;

    private int lastNumber;

    protected DocumentRegister() {
    }

    DocumentRegister(String agencySymbol, String documentType, int registerYear) {
        this.agencySymbol = agencySymbol;
        this.documentType = documentType;
        this.registerYear = registerYear;
    }

    int takeNext() {
        return ++lastNumber;
    }

    int getLastNumber() {
        return lastNumber;
    }
}
