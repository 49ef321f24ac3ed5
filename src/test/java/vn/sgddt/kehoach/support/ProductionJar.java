package vn.sgddt.kehoach.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The application packaged as in production ({@code ./mvnw -Pproduction package}: Vaadin's pre-built bundle, no
 * development mode), for tests that run it as a process of its own. Built once into {@code target/production-jar}
 * with the Maven wrapper, and again only when a source is newer than the jar.
 */
public final class ProductionJar {

    private ProductionJar() {
    }

    private static Path basedir() {
        return Path.of(System.getProperty("kehoach.maven.basedir", ".")).toAbsolutePath().normalize();
    }

    public static synchronized Path get() {
        Path buildDir = Path.of(System.getProperty("kehoach.build.dir", basedir().resolve("target").toString()))
                .resolve("production-jar");
        Path jar = findJar(buildDir);
        if (jar != null && !stale(jar)) {
            return jar;
        }
        build(buildDir);
        jar = findJar(buildDir);
        if (jar == null) {
            throw new IllegalStateException("The production build made no jar in " + buildDir);
        }
        return jar;
    }

    private static Path findJar(Path dir) {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("kehoach-.*\\.jar")).findFirst()
                    .orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean stale(Path jar) {
        try {
            FileTime built = Files.getLastModifiedTime(jar);
            for (String source : List.of("src/main", "bpmn", "frontend", "pom.xml")) {
                Path path = basedir().resolve(source);
                if (!Files.exists(path)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(path)) {
                    if (files.anyMatch(f -> {
                        try {
                            return Files.getLastModifiedTime(f).compareTo(built) > 0;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void build(Path buildDir) {
        Path log = buildDir.resolveSibling("production-jar.log");
        List<String> command = List.of(basedir().resolve("mvnw").toString(), "-B", "-ntp", "-q", "-Pproduction",
                "-DskipTests", "-Dbuild.dir=" + buildDir, "package");
        try {
            Files.createDirectories(buildDir);
            Process maven = new ProcessBuilder(command).directory(basedir().toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!maven.waitFor(15, TimeUnit.MINUTES) || maven.exitValue() != 0) {
                maven.destroyForcibly();
                throw new IllegalStateException("The production build failed, see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while building the production jar", e);
        }
    }
}
