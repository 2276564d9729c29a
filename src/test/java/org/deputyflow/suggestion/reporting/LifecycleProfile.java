package org.deputyflow.suggestion.reporting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;
import org.deputyflow.suggestion.reporting.LifecycleBenchmarkTests.Kind;

/**
 * Where the JVM's CPU of each kind of round goes. Java Flight Recorder samples each running Java thread
 * every 10 ms; a sample counts against the measured round it fell in (API, bare engine or floor) and
 * against its cause, read from its stack: the engine's own work (its commands with their MyBatis and
 * JDBC), the application's code the engine calls (listeners, delegates, timer expressions), the
 * application's SQL, the application's other code, the HTTP server (Tomcat, Spring Security, MVC,
 * JSON, metrics) and the benchmark's own client. A thread that waits for a core still counts as
 * running, so samples are not CPU time, and a kind whose rounds crowd the cores more gets more of them
 * for the same work: the report therefore shares a kind's measured CPU time per lifecycle among the
 * causes as that kind's samples are shared, and compares kinds only by CPU time. Stacks deeper than the
 * JVM's recording depth are cut at their outer end; the report says how many were, and the README's
 * command raises the depth.
 */
final class LifecycleProfile {

    /** The causes a sample is counted against, in the order the report lists them. */
    enum Cause {
        ENGINE("engine: its commands, with their MyBatis and JDBC"),
        ENGINE_CALLS_APPLICATION("application code the engine calls: listeners, delegates, timer expressions"),
        APPLICATION_SQL("application SQL: MyBatis, JDBC, the pool"),
        APPLICATION("application code"),
        HTTP_SERVER("HTTP server: Tomcat, Spring Security, MVC, JSON, metrics"),
        CLIENT("benchmark client: java.net.http, the driver"),
        OTHER("other");

        final String label;

        Cause(String label) {
            this.label = label;
        }
    }

    /** The causes the table by handler shows, after the handler's whole CPU. */
    private static final List<Cause> HANDLER_COLUMNS = List.of(
            Cause.ENGINE, Cause.ENGINE_CALLS_APPLICATION, Cause.APPLICATION_SQL, Cause.APPLICATION, Cause.HTTP_SERVER);

    private record Window(Kind kind, Instant start, Instant end) {}

    private final Recording recording = new Recording();
    private final List<Window> windows = new CopyOnWriteArrayList<>();

    LifecycleProfile() {
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
        recording.start();
    }

    /** A measured round of {@code kind} ran from {@code start} to {@code end}. */
    void measured(Kind kind, Instant start, Instant end) {
        windows.add(new Window(kind, start, end));
    }

    /**
     * Stops the recording, keeps it in {@code file} and prints each kind's CPU per lifecycle shared among
     * the causes, and the API's by handler.
     */
    void report(ToDoubleFunction<Kind> cpuMsPerLifecycle, Path file, Consumer<String> line) throws IOException {
        recording.stop();
        Files.createDirectories(file.getParent());
        recording.dump(file);
        recording.close();
        Map<Kind, Map<Cause, Long>> samples = new EnumMap<>(Kind.class);
        Map<String, Map<Cause, Long>> byHandler = new TreeMap<>();
        long truncated = 0;
        long counted = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            Kind kind = kindAt(event.getStartTime());
            if (kind == null) {
                continue;
            }
            List<String> frames = new ArrayList<>();
            for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                frames.add(frame.getMethod().getType().getName() + "."
                        + frame.getMethod().getName());
            }
            RecordedThread thread = event.getThread("sampledThread");
            Cause cause = causeOf(thread == null ? "" : thread.getJavaName(), frames);
            samples.computeIfAbsent(kind, k -> new EnumMap<>(Cause.class)).merge(cause, 1L, Long::sum);
            if (kind == Kind.API) {
                byHandler
                        .computeIfAbsent(handlerOf(frames), h -> new EnumMap<>(Cause.class))
                        .merge(cause, 1L, Long::sum);
            }
            counted++;
            if (event.getStackTrace().isTruncated()) {
                truncated++;
            }
        }
        double bare = cpuMsPerLifecycle.applyAsDouble(Kind.BARE);
        line.accept("");
        line.accept("### JVM CPU by cause (JFR execution samples every 10 ms, " + counted + " in the measured rounds, "
                + truncated + " of them with a cut stack; the recording: " + file + ")");
        line.accept("");
        line.accept("A kind's CPU per lifecycle, shared among the causes as its samples are; × bare: against the bare"
                + " lifecycle's whole CPU.");
        line.accept("");
        line.accept("| cause | API ms | × bare | floor ms | × bare | bare engine ms | × bare |");
        line.accept("|---|---|---|---|---|---|---|");
        for (Cause cause : Cause.values()) {
            line.accept(row(
                    cause.label,
                    kind -> share(samples.get(kind), cause) * cpuMsPerLifecycle.applyAsDouble(kind),
                    bare));
        }
        line.accept(row("all", cpuMsPerLifecycle, bare));
        line.accept("");
        line.accept(
                "API rounds by the handler a sample ran in, ms of JVM CPU per lifecycle (a lifecycle claims twice):");
        line.accept("");
        line.accept("| handler | all | engine | engine calls application | application SQL | application | HTTP |");
        line.accept("|---|---|---|---|---|---|---|");
        long api = total(samples.get(Kind.API));
        double msPerSample = api == 0 ? 0 : cpuMsPerLifecycle.applyAsDouble(Kind.API) / api;
        byHandler.forEach((handler, causes) -> {
            StringBuilder row = new StringBuilder(
                    "| " + handler + " | " + LifecycleBenchmarkTests.f2(total(causes) * msPerSample) + " |");
            for (Cause cause : HANDLER_COLUMNS) {
                row.append(' ')
                        .append(LifecycleBenchmarkTests.f2(causes.getOrDefault(cause, 0L) * msPerSample))
                        .append(" |");
            }
            line.accept(row.toString());
        });
    }

    /** A cause's row: each kind's milliseconds per lifecycle and their multiple of the bare lifecycle's CPU. */
    private static String row(String label, ToDoubleFunction<Kind> ms, double bare) {
        StringBuilder row = new StringBuilder("| " + label + " |");
        for (Kind kind : List.of(Kind.API, Kind.FLOOR, Kind.BARE)) {
            double value = ms.applyAsDouble(kind);
            row.append(' ')
                    .append(LifecycleBenchmarkTests.f2(value))
                    .append(" | ")
                    .append(LifecycleBenchmarkTests.f2(value / bare))
                    .append(" |");
        }
        return row.toString();
    }

    private static double share(Map<Cause, Long> causes, Cause cause) {
        long all = total(causes);
        return all == 0 ? 0 : causes.getOrDefault(cause, 0L) / (double) all;
    }

    private Kind kindAt(Instant at) {
        for (Window window : windows) {
            if (!at.isBefore(window.start()) && at.isBefore(window.end())) {
                return window.kind();
            }
        }
        return null;
    }

    /** A stack's frames, innermost first, as "class.method". */
    static Cause causeOf(String thread, List<String> frames) {
        int engine = firstIndex(frames, "org.camunda.");
        if (engine >= 0) {
            for (int i = 0; i < engine; i++) {
                if (isApplication(frames.get(i))) {
                    return Cause.ENGINE_CALLS_APPLICATION;
                }
            }
            return Cause.ENGINE;
        }
        if (thread.startsWith("HttpClient") || firstIndex(frames, LifecycleDriver.class.getName()) >= 0) {
            return Cause.CLIENT;
        }
        for (String frame : frames) {
            if (frame.startsWith("org.apache.ibatis.")
                    || frame.startsWith("com.mysql.")
                    || frame.startsWith("org.h2.")
                    || frame.startsWith("com.zaxxer.")
                    || frame.startsWith("org.springframework.jdbc.")) {
                return Cause.APPLICATION_SQL;
            }
        }
        // the innermost frame outside the JDK says whose code ran
        boolean application = frames.stream()
                .filter(frame -> !frame.startsWith("java.") && !frame.startsWith("jdk.") && !frame.startsWith("sun."))
                .findFirst()
                .filter(LifecycleProfile::isApplication)
                .isPresent();
        return application ? Cause.APPLICATION : thread.startsWith("http-") ? Cause.HTTP_SERVER : Cause.OTHER;
    }

    /** The application's code, not the benchmark's own counting and timing. */
    private static boolean isApplication(String frame) {
        return frame.startsWith("org.deputyflow.")
                && !frame.startsWith("org.deputyflow.suggestion.reporting.Lifecycle");
    }

    /** The controller method a sample ran under, outermost first; outside one, the filters and Tomcat. */
    private static String handlerOf(List<String> frames) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            String frame = frames.get(i);
            if (frame.startsWith("org.deputyflow.") && frame.contains(".web.") && frame.contains("Controller.")) {
                return frame.substring(frame.lastIndexOf('.', frame.lastIndexOf('.') - 1) + 1);
            }
        }
        return "(outside a handler: filters, security, Tomcat, the answer)";
    }

    private static int firstIndex(List<String> frames, String prefix) {
        for (int i = 0; i < frames.size(); i++) {
            if (frames.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static long total(Map<Cause, Long> causes) {
        return causes == null
                ? 0
                : causes.values().stream().mapToLong(Long::longValue).sum();
    }
}
