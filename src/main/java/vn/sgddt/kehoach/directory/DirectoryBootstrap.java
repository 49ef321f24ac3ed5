package vn.sgddt.kehoach.directory;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the agency from configuration, and (unless the prod profile is active) the demo organisation of a Sở
 * GD&ĐT. Idempotent: what exists is left as the administrator last saved it.
 */
@Component
@Order(10)
@EnableConfigurationProperties(AgencyProperties.class)
class DirectoryBootstrap implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DirectoryBootstrap.class);

    private final AgencyRepository agencies;
    private final UnitRepository units;
    private final OfficialRepository officials;
    private final PasswordEncoder passwordEncoder;
    private final AgencyProperties agency;
    private final boolean demo;

    DirectoryBootstrap(AgencyRepository agencies, UnitRepository units, OfficialRepository officials,
            PasswordEncoder passwordEncoder, AgencyProperties agency, org.springframework.core.env.Environment env) {
        this.agencies = agencies;
        this.units = units;
        this.officials = officials;
        this.passwordEncoder = passwordEncoder;
        this.agency = agency;
        this.demo = !env.matchesProfiles("prod") || env.matchesProfiles("demo");
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (agencies.count() == 0) {
            agencies.save(new Agency(agency.name(), agency.parentName(), agency.symbol(), agency.place()));
        }
        if (demo) {
            loadDemoOrganisation();
        }
        Agency current = agencies.findFirstByOrderByIdAsc().orElseThrow();
        if (current.getFollowUpUnitCode() == null && agency.followUpUnit() != null
                && units.findByCode(agency.followUpUnit()).isPresent()) {
            current.setFollowUpUnitCode(agency.followUpUnit());
        }
    }

    private void loadDemoOrganisation() {
        record DemoUnit(String code, String name, UnitKind kind, String head, String headName, String headPosition,
                String specialist, String specialistName, String deputy) {
        }
        List<DemoUnit> demoUnits = List.of(
                new DemoUnit("VP", "Văn phòng Sở", UnitKind.VAN_PHONG, "tp.vp", "Nguyễn Thị Thu Hà",
                        "Chánh Văn phòng", "cv.vp", "Đỗ Minh Tuấn", "pgd2"),
                new DemoUnit("TCCB", "Phòng Tổ chức cán bộ", UnitKind.PHONG, "tp.tccb", "Võ Thành Long",
                        "Trưởng phòng", "cv.tccb", "Huỳnh Ngọc Ánh", "pgd2"),
                new DemoUnit("KHTC", "Phòng Kế hoạch - Tài chính", UnitKind.PHONG, "tp.khtc", "Bùi Văn Khánh",
                        "Trưởng phòng", "cv.khtc", "Đặng Thị Mai", "pgd2"),
                new DemoUnit("GDMN", "Phòng Giáo dục Mầm non - Tiểu học", UnitKind.PHONG, "tp.gdmn",
                        "Ngô Thị Lan", "Trưởng phòng", "cv.gdmn", "Trương Mỹ Linh", "pgd1"),
                new DemoUnit("GDTrH", "Phòng Giáo dục Trung học", UnitKind.PHONG, "tp.gdtrh", "Hồ Văn Đức",
                        "Trưởng phòng", "cv.gdtrh", "Nguyễn Hoàng Yến", "pgd1"),
                new DemoUnit("KTQLCL", "Phòng Khảo thí và Quản lý chất lượng giáo dục", UnitKind.PHONG,
                        "tp.ktqlcl", "Lý Quốc Bảo", "Trưởng phòng", "cv.ktqlcl", "Phan Thị Thảo", "pgd1"),
                new DemoUnit("TTR", "Thanh tra Sở", UnitKind.THANH_TRA, "tp.ttr", "Mai Xuân Trường",
                        "Chánh Thanh tra", "cv.ttr", "Dương Thị Hạnh", "pgd2"));

        createOfficialIfAbsent("giamdoc", "Trần Văn Minh", "Giám đốc", null, EnumSet.of(Role.GIAM_DOC));
        createOfficialIfAbsent("pgd1", "Lê Thị Hồng Nhung", "Phó Giám đốc", null, EnumSet.of(Role.PHO_GIAM_DOC));
        createOfficialIfAbsent("pgd2", "Phạm Quốc Huy", "Phó Giám đốc", null, EnumSet.of(Role.PHO_GIAM_DOC));
        for (DemoUnit u : demoUnits) {
            if (units.findByCode(u.code()).isEmpty()) {
                Unit unit = new Unit(u.code(), u.name(), u.kind());
                unit.setHeadUsername(u.head());
                unit.setDeputyUsername(u.deputy());
                units.save(unit);
            }
            createOfficialIfAbsent(u.head(), u.headName(), u.headPosition(), u.code(),
                    EnumSet.of(Role.TRUONG_PHONG));
            createOfficialIfAbsent(u.specialist(), u.specialistName(), "Chuyên viên", u.code(),
                    EnumSet.of(Role.CHUYEN_VIEN));
        }
        createOfficialIfAbsent("vanthu", "Lâm Thị Kim Oanh", "Văn thư", "VP", EnumSet.of(Role.VAN_THU));
        createOfficialIfAbsent("admin", "Quản trị hệ thống", "Quản trị viên", null, EnumSet.of(Role.QUAN_TRI));
    }

    private void createOfficialIfAbsent(String username, String fullName, String position, String unitCode,
            Set<Role> roles) {
        if (officials.findByUsername(username).isEmpty()) {
            Official o = new Official(username, fullName, position, unitCode, passwordEncoder.encode(DEMO_PASSWORD),
                    roles);
            o.setEmail(username + "@sgddt.example.vn");
            officials.save(o);
            log.info("Demo account {} ({}) created", username, fullName);
        }
    }
}
