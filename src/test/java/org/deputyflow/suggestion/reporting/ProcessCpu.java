package org.deputyflow.suggestion.reporting;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The CPU time this JVM and, when it runs on the same machine, the database server have used so far:
 * a round's share of both is the difference before and after it. The machine is shared by the
 * application, the engine, the benchmark's clients and the database, so CPU per lifecycle says what a
 * lifecycle costs where wall-clock time also says how long it waited for a core.
 */
final class ProcessCpu {

    /**
     * What was used up to a moment, or between two: this JVM's CPU and the database server's in
     * nanoseconds (0 when it is not seen), and the milliseconds the JIT compilers worked.
     */
    record Reading(long jvmNanos, long databaseNanos, long compilingMillis) {

        Reading minus(Reading earlier) {
            return new Reading(
                    jvmNanos - earlier.jvmNanos,
                    databaseNanos - earlier.databaseNanos,
                    compilingMillis - earlier.compilingMillis);
        }

        Reading plus(Reading other) {
            return new Reading(
                    jvmNanos + other.jvmNanos,
                    databaseNanos + other.databaseNanos,
                    compilingMillis + other.compilingMillis);
        }

        long bothNanos() {
            return jvmNanos + databaseNanos;
        }
    }

    /** Linux counts a process's time in /proc in ticks of 1/100 s on every common build. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final Path database;

    private ProcessCpu(Path database) {
        this.database = database;
    }

    /** This JVM's CPU only: the database runs inside it (H2) or elsewhere. */
    static ProcessCpu jvmOnly() {
        return new ProcessCpu(null);
    }

    /** Finds a local MariaDB or MySQL server by its process name; none on another machine. */
    static ProcessCpu find() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            Optional<Path> server = processes
                    .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> {
                        try {
                            String name = Files.readString(p.resolve("comm")).strip();
                            return name.equals("mariadbd") || name.equals("mysqld");
                        } catch (IOException | RuntimeException e) {
                            return false;
                        }
                    })
                    .findFirst();
            return new ProcessCpu(server.map(p -> p.resolve("stat")).orElse(null));
        } catch (IOException | RuntimeException e) {
            return new ProcessCpu(null);
        }
    }

    boolean seesDatabase() {
        return database != null;
    }

    /** What this JVM, the database server and the JIT compilers have used so far. */
    Reading read() {
        return new Reading(jvm(), database(), compilation());
    }

    /** This JVM's CPU time in nanoseconds, all its threads; 0 on a JVM that does not tell it. */
    long jvm() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    /** The milliseconds this JVM's JIT compilers have worked so far. */
    static long compilation() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    /** The database server's CPU time in nanoseconds (user and system), 0 when it is not seen. */
    long database() {
        if (database == null) {
            return 0;
        }
        try {
            String stat = Files.readString(database);
            // the fields after the command name in parentheses; utime and stime are the 14th and 15th
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
