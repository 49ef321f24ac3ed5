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
 *
 * <p>In production (prod without demo) the first start creates the administrator from {@code kehoach.admin.*}
 * (KEHOACH_ADMIN_USERNAME, KEHOACH_ADMIN_PASSWORD), and no start goes on while there is no administrator or while a
 * demo account still signs in with the demo password.
 */
@Component
@Order(10)
@EnableConfigurationProperties(AgencyProperties.class)
class DirectoryBootstrap implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";
    static final List<String> DEMO_USERNAMES = List.of("giamdoc", "pgd1", "pgd2", "tp.vp", "cv.vp", "tp.tccb",
            "cv.tccb", "tp.khtc", "cv.khtc", "tp.gdmn", "cv.gdmn", "tp.gdtrh", "cv.gdtrh", "tp.ktqlcl", "cv.ktqlcl",
            "tp.ttr", "cv.ttr", "vanthu", "admin");
    private static final Logger log = LoggerFactory.getLogger(DirectoryBootstrap.class);

    private final AgencyRepository agencies;
    private final UnitRepository units;
    private final OfficialRepository officials;
    private final PasswordEncoder passwordEncoder;
    private final AgencyProperties agency;
    private final boolean demo;
    private final String adminUsername;
    private final String adminPassword;
    private final String adminFullName;

    DirectoryBootstrap(AgencyRepository agencies, UnitRepository units, OfficialRepository officials,
            PasswordEncoder passwordEncoder, AgencyProperties agency, org.springframework.core.env.Environment env) {
        this.agencies = agencies;
        this.units = units;
        this.officials = officials;
        this.passwordEncoder = passwordEncoder;
        this.agency = agency;
        this.demo = !env.matchesProfiles("prod") || env.matchesProfiles("demo");
        this.adminUsername = env.getProperty("kehoach.admin.username", "").strip();
        this.adminPassword = env.getProperty("kehoach.admin.password", "");
        this.adminFullName = env.getProperty("kehoach.admin.full-name", "Quản trị hệ thống");
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (agencies.count() == 0) {
            agencies.save(new Agency(agency.name(), agency.parentName(), agency.symbol(), agency.place()));
        }
        if (demo) {
            loadDemoOrganisation();
        } else {
            ensureAdministrator();
            refuseDemoPasswords();
        }
        Agency current = agencies.findFirstByOrderByIdAsc().orElseThrow();
        if (current.getFollowUpUnitCode() == null && agency.followUpUnit() != null
                && units.findByCode(agency.followUpUnit()).isPresent()) {
            current.setFollowUpUnitCode(agency.followUpUnit());
        }
    }

    private void ensureAdministrator() {
        boolean present = officials.findAll().stream()
                .anyMatch(o -> o.isEnabled() && o.getRoles().contains(Role.QUAN_TRI));
        if (present) {
            return;
        }
        if (adminUsername.isEmpty() || adminPassword.isEmpty()) {
            throw new IllegalStateException("There is no administrator: set KEHOACH_ADMIN_USERNAME and "
                    + "KEHOACH_ADMIN_PASSWORD for the first start (README, \"Production on PostgreSQL\")");
        }
        if (officials.findByUsername(adminUsername).isPresent()) {
            throw new IllegalStateException("KEHOACH_ADMIN_USERNAME names the existing account " + adminUsername
                    + ", which is not an administrator: choose another name");
        }
        officials.save(new Official(adminUsername, adminFullName, "Quản trị viên", null,
                passwordEncoder.encode(adminPassword), EnumSet.of(Role.QUAN_TRI)));
        log.info("Administrator {} created", adminUsername);
    }

    /** A database that served a trial ("prod,demo") keeps the demo accounts: they may not keep the demo password. */
    private void refuseDemoPasswords() {
        List<String> open = DEMO_USERNAMES.stream().map(officials::findByUsername).flatMap(java.util.Optional::stream)
                .filter(o -> o.isEnabled() && passwordEncoder.matches(DEMO_PASSWORD, o.getPasswordHash()))
                .map(Official::getUsername).toList();
        if (!open.isEmpty()) {
            throw new IllegalStateException("These accounts still have the demo password: " + open
                    + ". Change their passwords or disable them (with the prod,demo profile) before starting prod");
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
