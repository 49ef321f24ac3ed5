package vn.sgddt.kehoach.exchange.appendix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.sgddt.kehoach.directory.Unit;
import vn.sgddt.kehoach.directory.UnitKind;

class SeedAppendixSmokeTest {

    static List<Unit> demoUnits() {
        return List.of(new Unit("VP", "Văn phòng Sở", UnitKind.VAN_PHONG),
                new Unit("TCCB", "Phòng Tổ chức cán bộ", UnitKind.PHONG),
                new Unit("KHTC", "Phòng Kế hoạch - Tài chính", UnitKind.PHONG),
                new Unit("GDMN", "Phòng Giáo dục Mầm non - Tiểu học", UnitKind.PHONG),
                new Unit("GDTrH", "Phòng Giáo dục Trung học", UnitKind.PHONG),
                new Unit("KTQLCL", "Phòng Khảo thí và Quản lý chất lượng giáo dục", UnitKind.PHONG),
                new Unit("TTR", "Thanh tra Sở", UnitKind.THANH_TRA));
    }

    static TableInterpreter interpreter() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new TableInterpreter(new UnitResolver(demoUnits(), Map.of()), messages, 1000);
    }

    @Test
    void the_seed_002_appendix_pasted_as_text_is_read() throws Exception {
        String seed = Files.readString(Path.of("../shared/seeds/002_de905f66323f3f22.txt"));
        String appendix = seed.substring(seed.indexOf("A. Nhiệm vụ theo Quyết định"));
        ParseResult result = interpreter().interpret(List.of(DelimitedTables.read(appendix, "text")));
        result.rows().forEach(r -> System.out.println(r.seq() + " | " + r.group() + " | " + r.leadUnit() + " <- "
                + r.leadText() + " | " + r.coordinatingUnits() + " | " + r.externalCoordinators() + " | "
                + r.deadline() + " | " + r.recurrence() + " | " + r.issuingAuthority() + " | "
                + r.warnings().stream().map(ParseWarning::code).toList()));
        assertThat(result.rows()).isNotEmpty();
    }
}
