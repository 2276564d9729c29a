package org.deputyflow.directory.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.deputyflow.directory.domain.DepartmentKind;

/**
 * The demo directory's names: realistic, deterministic, and with one 4-byte character. They are data, kept
 * in {@code demo/departments.csv} and {@code demo/directory.properties} (UTF-8) and read when the demo is
 * loaded.
 */
final class DemoDirectory {

    static final String DEPARTMENTS = "demo/departments.csv";
    static final String NAMES = "demo/directory.properties";
    static final int DEPUTIES = 100;

    record DemoDepartment(String code, String name, DepartmentKind kind) {}

    record DemoDeputy(String login, String name, String delegation, String phone) {}

    private final List<DemoDepartment> departments;
    private final Properties names;
    private final List<String> surnames;
    private final List<String> givenNames;
    private final List<String> delegations;

    private DemoDirectory(List<DemoDepartment> departments, Properties names) {
        this.departments = departments;
        this.names = names;
        this.surnames = list("surnames");
        this.givenNames = list("givenNames");
        this.delegations = list("delegations");
    }

    static DemoDirectory load() {
        Properties names = new Properties();
        try (BufferedReader reader = open(NAMES)) {
            names.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DemoDirectory(readDepartments(), names);
    }

    String term() {
        return name("term");
    }

    /** A fixed display name or prefix of {@code demo/directory.properties}, e.g. {@code staffPrefix}. */
    String name(String key) {
        String value = names.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(NAMES + " has no " + key);
        }
        return value.strip();
    }

    List<DemoDepartment> departments() {
        return departments;
    }

    List<DemoDeputy> deputies() {
        List<DemoDeputy> deputies = new ArrayList<>();
        for (int i = 0; i < DEPUTIES; i++) {
            String name = i == DEPUTIES - 1
                    ? name("lastDeputy")
                    : surnames.get(i % surnames.size()) + givenNames.get((i * 7 + i / 20) % givenNames.size());
            deputies.add(new DemoDeputy(
                    "deputy%03d".formatted(i + 1),
                    name,
                    delegations.get(i % delegations.size()),
                    "139%08d".formatted(10_000_000 + i * 7919)));
        }
        return deputies;
    }

    String handlerName(int index) {
        return surnames.get((index * 3) % surnames.size()) + givenNames.get((index * 11) % givenNames.size());
    }

    private List<String> list(String key) {
        return Arrays.stream(name(key).split("\\s+")).toList();
    }

    private static List<DemoDepartment> readDepartments() {
        List<DemoDepartment> departments = new ArrayList<>();
        try (BufferedReader reader = open(DEPARTMENTS)) {
            reader.readLine(); // header: code,name,kind
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 3) {
                    throw new IllegalStateException(DEPARTMENTS + ": not code,name,kind: " + line);
                }
                departments.add(new DemoDepartment(
                        cells[0].strip(), cells[1].strip(), DepartmentKind.valueOf(cells[2].strip())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return departments;
    }

    private static BufferedReader open(String resource) {
        InputStream in = DemoDirectory.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The demo data " + resource + " is missing from the classpath");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
