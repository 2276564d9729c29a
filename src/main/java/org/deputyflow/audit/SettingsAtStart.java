package org.deputyflow.audit;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.deputyflow.audit.persistence.AuditMapper;
import org.deputyflow.audit.persistence.StoredSetting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit of settings. DeputyFlow's settings are configuration, read when a node starts (every rule value
 * is a {@code deputyflow.*} property or a {@code DEPUTYFLOW_*} environment variable), so a change of settings
 * becomes visible at the start that brings it: the node compares what it runs with against what the last
 * start recorded in {@code audit_setting} and writes one {@code settings.change} line per setting that
 * changed, with its value before and after. The very first start writes one {@code settings.recorded} line.
 * A secret (a name ending in password, key, secret, token or credential, or their plural) is kept and shown
 * only as set or not set. Nodes that start at the same moment take turns on the chain's head, so each change
 * is written once.
 */
@Component
class SettingsAtStart {

    static final String SET = "(set)";
    static final String NOT_SET = "(not set)";

    private static final Logger log = LoggerFactory.getLogger(SettingsAtStart.class);
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|key|secret|token|credential)s?");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");
    private static final int MAX_VALUE = 1000;

    private final AuditMapper store;
    private final AuditTrail audit;
    private final ConfigurableEnvironment environment;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SettingsAtStart(
            AuditMapper store,
            AuditTrail audit,
            ConfigurableEnvironment environment,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.store = store;
        this.audit = audit;
        this.environment = environment;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void started() {
        Map<String, String> now = current(environment);
        try {
            transaction.executeWithoutResult(status -> record(now));
        } catch (RuntimeException e) {
            // the node serves on; nothing was recorded, so the next start compares with the same settings again
            log.error("The settings of this start could not be compared with the last start's", e);
        }
    }

    /**
     * Compares {@code now} with the recorded settings, writes a line per change and records {@code now}.
     *
     * @return the number of settings that changed (on the very first start, 0)
     */
    @Transactional
    public int record(Map<String, String> now) {
        store.lockHead(); // two nodes starting at once: the second compares with what the first recorded
        Map<String, String> before = store.settings().stream()
                .collect(Collectors.toMap(
                        StoredSetting::name,
                        s -> Objects.requireNonNullElse(s.value(), ""),
                        (a, b) -> a,
                        TreeMap::new));
        if (before.isEmpty()) {
            now.forEach(store::insertSetting);
            audit.recordAt(
                    clock.instant(),
                    "settings.recorded",
                    "system",
                    "settings",
                    null,
                    AuditTrail.SUCCESS,
                    Map.of("settings", now.size()));
            return 0;
        }
        int changed = 0;
        for (String name : union(before, now)) {
            String was = before.get(name);
            String is = now.get(name);
            if (Objects.equals(was, is)) {
                continue;
            }
            Map<String, Object> details = new TreeMap<>();
            details.put("setting", name);
            if (was != null) {
                details.put("before", was);
            }
            if (is != null) {
                details.put("after", is);
            }
            audit.recordAt(clock.instant(), "settings.change", "system", "setting", name, AuditTrail.SUCCESS, details);
            if (was == null) {
                store.insertSetting(name, is);
            } else if (is == null) {
                store.deleteSetting(name);
            } else {
                store.updateSetting(name, is);
            }
            changed++;
        }
        return changed;
    }

    /** The settings this node runs with: resolved values, secrets only as set or not set. */
    static Map<String, String> current(ConfigurableEnvironment environment) {
        Map<String, String> settings = new TreeMap<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (!(source instanceof EnumerablePropertySource<?> names)) {
                continue;
            }
            for (String name : names.getPropertyNames()) {
                if (name.startsWith("deputyflow.")) {
                    settings.computeIfAbsent(name, n -> shown(n, resolved(environment, n, source)));
                } else if (name.startsWith("DEPUTYFLOW_")) {
                    settings.computeIfAbsent(name, n -> shown(n, String.valueOf(source.getProperty(n))));
                }
            }
        }
        return settings;
    }

    private static String resolved(ConfigurableEnvironment environment, String name, PropertySource<?> source) {
        try {
            return environment.getProperty(name);
        } catch (IllegalArgumentException unresolvable) {
            return String.valueOf(source.getProperty(name));
        }
    }

    static String shown(String name, String value) {
        String last = name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('_')) + 1);
        if (SECRET.matcher(last).matches()) {
            return value == null || value.isEmpty() ? NOT_SET : SET;
        }
        // a database URL may carry its password as a parameter
        String v = value == null ? "" : PASSWORD_PARAMETER.matcher(value).replaceAll("$1" + SET);
        return v.length() > MAX_VALUE ? v.substring(0, MAX_VALUE) : v;
    }

    private static Set<String> union(Map<String, String> a, Map<String, String> b) {
        Set<String> names = new TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        return names;
    }
}
