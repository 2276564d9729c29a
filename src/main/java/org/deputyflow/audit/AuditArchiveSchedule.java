package org.deputyflow.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the audit archive on every node at {@code deputyflow.audit.archive-cron} (UTC; "-" turns the schedule
 * off); the archive's lease lets one node do the work. A Spring schedule rather than a BPMN timer: the
 * archive is housekeeping of one table with no people, states or deadlines in it, and a timer job would
 * add engine rows and history for it, and tie the audit module to the engine.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditArchiveSchedule {

    private static final Logger log = LoggerFactory.getLogger(AuditArchiveSchedule.class);

    private final AuditArchiving archiving;

    AuditArchiveSchedule(AuditArchiving archiving) {
        this.archiving = archiving;
    }

    @Scheduled(cron = "${deputyflow.audit.archive-cron:0 30 2 * * *}", zone = "UTC")
    void archiveDue() {
        try {
            archiving.archiveDue();
        } catch (RuntimeException e) {
            // nothing is removed before its archive is written and checked: the next run starts again
            log.error("Audit archive stopped, the rows stay in audit_event until the next run", e);
        }
    }
}
