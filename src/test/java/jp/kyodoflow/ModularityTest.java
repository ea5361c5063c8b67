package jp.kyodoflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import jp.kyodoflow.support.BesideTheSharedContext;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyDepth;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold: a module is used by others only through the public types of its base
 * package (its door; `process`, `web` and other sub-packages are internal), and there are no cycles.
 * Also writes the module documentation (PlantUML, per-module canvases) to target/spring-modulith-docs.
 */
@BesideTheSharedContext
@Order(2)
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(KyodoFlowApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicDoorsAndFormNoCycles() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() throws Exception {
        new Documenter(MODULES).writeDocumentation();
        String table = MODULES.stream().map(ModularityTest::row).collect(Collectors.joining("\n"));
        Path summary = Path.of("target", "spring-modulith-docs", "dependencies.md");
        Files.writeString(summary, "| module | depends on |\n|---|---|\n" + table + "\n");
        assertThat(summary).exists();
        assertThat(Path.of("target", "spring-modulith-docs", "components.puml")).exists();
    }

    private static String row(ApplicationModule module) {
        return "| `" + module.getIdentifier() + "` | " + module.getDirectDependencies(MODULES).uniqueModules()
                .map(m -> "`" + m.getIdentifier() + "`").sorted().collect(Collectors.joining(", ")) + " |";
    }
}
