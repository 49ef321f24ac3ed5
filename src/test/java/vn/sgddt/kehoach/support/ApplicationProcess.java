package vn.sgddt.kehoach.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The production jar running as a process of its own on 127.0.0.1, as a server runs it: started with
 * {@code java -jar}, ready when its readiness probe says so, and stopped the way a crash stops it (SIGKILL) or
 * the way an administrator does.
 */
public final class ApplicationProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private ApplicationProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }


    /** Starts the jar with the arguments and waits until it is ready (at most five minutes). */
    public static ApplicationProcess start(Path jar, Path log, List<String> jvmOptions, List<String> arguments) {
        return start(jar, log, null, Map.of(), jvmOptions, arguments);
    }

    /**
     * As {@link #start(Path, Path, List, List)}, in a working directory of its own (where the default {@code ./data}
     * lands; {@code null}: this JVM's) and with these environment variables added to this JVM's.
     */
    public static ApplicationProcess start(Path jar, Path log, Path workingDirectory, Map<String, String> environment,
            List<String> jvmOptions, List<String> arguments) {
        List<String> java = new ArrayList<>();
        java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        java.addAll(jvmOptions);
        java.add("-jar");
        java.add(jar.toString());
        return start(java, log, workingDirectory, environment, arguments);
    }

    /**
     * Runs a command that starts the application (a start script ending in {@code exec java …}), followed by the
     * port, the address and the arguments, and waits until it is ready.
     */
    public static ApplicationProcess start(List<String> launcher, Path log, Path workingDirectory,
            Map<String, String> environment, List<String> arguments) {
        int port = FreePort.get();
        List<String> command = new ArrayList<>(launcher);
        command.add("--server.port=" + port);
        command.add("--server.address=127.0.0.1");
        command.addAll(arguments);
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            if (workingDirectory != null) {
                builder.directory(workingDirectory.toFile());
            }
            builder.environment().putAll(environment);
            Process process = builder.start();
            ApplicationProcess app = new ApplicationProcess(process, port, log);
            app.awaitReady(Duration.ofMinutes(5));
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command, e);
        }
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application ended with " + process.exitValue() + ", see " + log);
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("The application was not ready within " + timeout + ", see " + log);
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public RestClient rest() {
        return RestClient.onPort(port);
    }

    /** As a crash or {@code kill -9} does: no shutdown hook, no transaction finished. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }
}
