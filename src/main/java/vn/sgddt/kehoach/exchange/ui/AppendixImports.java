package vn.sgddt.kehoach.exchange.ui;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.directory.CurrentOfficial;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.directory.Role;
import vn.sgddt.kehoach.exchange.appendix.AppendixImportService;
import vn.sgddt.kehoach.plan.AppendixImporter;
import vn.sgddt.kehoach.plan.PlanContent;

/** Opens {@link AppendixImportDialog} for the plan editor, with the units and rights of the current user. */
@Component
class AppendixImports implements AppendixImporter {

    private final AppendixImportService imports;
    private final DirectoryService directory;
    private final CurrentOfficial currentOfficial;

    AppendixImports(AppendixImportService imports, DirectoryService directory, CurrentOfficial currentOfficial) {
        this.imports = imports;
        this.directory = directory;
        this.currentOfficial = currentOfficial;
    }

    @Override
    public void open(Consumer<List<PlanContent.Row>> apply) {
        // only the administrator may teach the reader a new spelling of a unit
        boolean administrator = currentOfficial.require().has(Role.QUAN_TRI);
        new AppendixImportDialog(imports, directory.units(), administrator, apply).open();
    }
}
