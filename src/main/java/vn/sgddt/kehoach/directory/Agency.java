package vn.sgddt.kehoach.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The agency (cơ quan ban hành) whose plans these are: its name, its parent body and its document symbol. */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** "Sở Giáo dục và Đào tạo". */
    @Column(nullable = false, length = 200)
    private String name;

    /** The body above it, written over its name in the document header: "UBND TỈNH LONG AN". */
    @Column(length = 200)
    private String parentName;

    /** Ký hiệu of the agency in document numbers: "SGDĐT" in "15/KH-SGDĐT". */
    @Column(nullable = false, unique = true, length = 20)
    private String symbol;

    /** Địa danh written before the date: "Long An, ngày 15 tháng 01 năm 2026". */
    @Column(length = 100)
    private String place;

    /** Đầu mối theo dõi: the unit that follows up the assignments of the agency's plans (in the demo, VP). */
    @Column(length = 20)
    private String followUpUnitCode;

    protected Agency() {
    }

    public Agency(String name, String parentName, String symbol, String place) {
        this.name = name;
        this.parentName = parentName;
        this.symbol = symbol;
        this.place = place;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getParentName() {
        return parentName;
    }

    public void setParentName(String parentName) {
        this.parentName = parentName;
    }

    public String getSymbol() {
        return symbol;
    }

    public void setSymbol(String symbol) {
        this.symbol = symbol;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getFollowUpUnitCode() {
        return followUpUnitCode;
    }

    public void setFollowUpUnitCode(String followUpUnitCode) {
        this.followUpUnitCode = followUpUnitCode;
    }
}
