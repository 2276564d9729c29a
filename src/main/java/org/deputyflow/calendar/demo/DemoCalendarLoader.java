package org.deputyflow.calendar.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.calendar.MaintainingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty calendar with the shipped files {@code db/calendar/<year>.csv}, so that demo due
 * dates skip the real holidays. Runs only with demo data: in production an admin imports the
 * year after checking it against the State Council's notice.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "deputyflow.demo.enabled", havingValue = "true")
class DemoCalendarLoader implements ApplicationRunner {

    static final String LOCATION = "classpath*:db/calendar/*.csv";
    static final String LOADED_BY = "demo";
    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.csv");
    private static final Logger log = LoggerFactory.getLogger(DemoCalendarLoader.class);

    private final CalendarService calendar;
    private final MaintainingCalendar maintaining;
    private final ResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    private final TransactionTemplate transaction;

    DemoCalendarLoader(
            CalendarService calendar, MaintainingCalendar maintaining, PlatformTransactionManager transactions) {
        this.calendar = calendar;
        this.maintaining = maintaining;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Two nodes starting at once on an empty database: one loads, the other finds it loaded. */
    @Override
    public void run(ApplicationArguments args) {
        try {
            transaction.executeWithoutResult(status -> load());
        } catch (DuplicateKeyException | PessimisticLockingFailureException e) {
            if (calendar.isEmpty()) {
                throw e;
            }
            log.info("Another node loaded the demo calendar at the same moment");
        }
    }

    private void load() {
        if (!calendar.isEmpty()) {
            return;
        }
        Resource[] files;
        try {
            files = resources.getResources(LOCATION);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        for (Resource file : files) {
            Matcher year = YEAR_FILE.matcher(file.getFilename());
            if (!year.matches()) {
                continue;
            }
            try (InputStream in = file.getInputStream()) {
                int loaded = maintaining
                        .importCsv(Integer.parseInt(year.group(1)), in.readAllBytes(), LOADED_BY)
                        .entries()
                        .size();
                log.info(
                        "Demo calendar {}: {} holidays and make-up working days from {}",
                        year.group(1),
                        loaded,
                        file.getFilename());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
