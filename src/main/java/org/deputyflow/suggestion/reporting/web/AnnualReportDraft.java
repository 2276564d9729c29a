package org.deputyflow.suggestion.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.deputyflow.suggestion.domain.Period;
import org.deputyflow.suggestion.domain.Rating;
import org.deputyflow.suggestion.domain.ResultClass;
import org.deputyflow.suggestion.reporting.domain.AnnualReport;
import org.deputyflow.suggestion.reporting.domain.DepartmentStatistics;
import org.deputyflow.suggestion.reporting.domain.KeySuggestionFigures;
import org.deputyflow.suggestion.reporting.domain.MotionFigures;
import org.deputyflow.suggestion.reporting.domain.Share;
import org.deputyflow.suggestion.reporting.domain.VoteFigures;
import org.deputyflow.suggestion.reporting.domain.VoteLine;
import org.springframework.context.MessageSource;

/**
 * The text of the annual handling report (代表建议办理情况的报告): sections with a heading, the
 * sentences that carry the figures, and a table where the figures are many. The page shows it and
 * the Word document is written from it, so the two say the same; every sentence comes from the
 * message bundles.
 */
record AnnualReportDraft(String title, String basis, List<Section> sections) {

    record Section(String id, String heading, List<String> paragraphs, Table table) {}

    /** A table of figures; {@code rows} holds the cells as text. */
    record Table(List<String> header, List<List<String>> rows) {}

    static AnnualReportDraft of(AnnualReport report, MessageSource messages, Locale locale) {
        ReportText t = new ReportText(messages, locale);
        List<Section> sections = List.of(
                received(report, t),
                handling(report, t),
                evaluation(report, t),
                keySuggestions(report.keySuggestions(), t),
                followUps(report, t),
                motions(report, t),
                votes(report.votes(), t));
        return new AnnualReportDraft(
                t.say("annual.doc.title", report.year()),
                t.say("annual.doc.basis", t.date(report.asOf()), t.date(report.from()), t.date(report.to())),
                sections);
    }

    private static Section received(AnnualReport report, ReportText t) {
        var r = report.received();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(t.say(
                "annual.doc.received.total",
                report.year(),
                r.total(),
                r.byPeriod().get(Period.SESSION),
                r.byPeriod().get(Period.RECESS)));
        if (!r.byCategory().isEmpty()) {
            String separator = t.say("annual.doc.separator");
            paragraphs.add(t.say(
                    "annual.doc.received.categories",
                    String.join(
                            separator,
                            r.byCategory().stream()
                                    .map(c -> t.say("annual.doc.received.category", c.category(), c.count()))
                                    .toList())));
        }
        paragraphs.add(t.say(
                "annual.doc.received.screening",
                r.accepted(),
                r.returned(),
                r.convertedToLetter(),
                r.merged(),
                r.withdrawn(),
                r.pending()));
        Table table = r.byCategory().isEmpty()
                ? null
                : new Table(
                        List.of(t.say("annual.col.category"), t.say("annual.col.suggestions")),
                        r.byCategory().stream()
                                .map(c -> List.of(c.category(), String.valueOf(c.count())))
                                .toList());
        return new Section("received", t.say("annual.doc.received.heading"), paragraphs, table);
    }

    private static Section handling(AnnualReport report, ReportText t) {
        DepartmentStatistics h = report.handling();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(t.say(
                "annual.doc.handling.assigned",
                h.assigned(),
                h.assignedAsLead(),
                h.assignedAsCoUnit(),
                h.opinionsLate()));
        paragraphs.add(t.say(
                "annual.doc.handling.replied",
                h.replied(),
                report.onTime().count(),
                h.repliedLate(),
                t.share(report.onTime()),
                h.overdueNow(),
                h.extensions()));
        paragraphs.add(t.say(
                "annual.doc.handling.classes",
                h.resultClasses().get(ResultClass.A),
                h.resultClasses().get(ResultClass.B),
                h.resultClasses().get(ResultClass.C),
                h.resultClasses().get(ResultClass.D),
                t.share(h.solvedRate())));
        Table table = report.departments().isEmpty()
                ? null
                : new Table(
                        List.of(
                                t.say("annual.col.department"),
                                t.say("annual.col.assigned"),
                                t.say("annual.col.replied"),
                                t.say("annual.col.onTime"),
                                t.say("annual.col.overdue"),
                                t.say("annual.col.extensions"),
                                "A",
                                "B",
                                "C",
                                "D",
                                t.say("annual.col.satisfaction")),
                        report.departments().stream()
                                .map(d -> departmentRow(d, t))
                                .toList());
        return new Section("handling", t.say("annual.doc.handling.heading"), paragraphs, table);
    }

    private static List<String> departmentRow(DepartmentStatistics d, ReportText t) {
        Share onTime = Share.of(Math.min(d.repliedOnTime(), d.replied()), d.replied());
        return List.of(
                d.department().name(),
                String.valueOf(d.assigned()),
                String.valueOf(d.replied()),
                t.share(onTime),
                String.valueOf(d.overdueNow()),
                String.valueOf(d.extensions()),
                String.valueOf(d.resultClasses().get(ResultClass.A)),
                String.valueOf(d.resultClasses().get(ResultClass.B)),
                String.valueOf(d.resultClasses().get(ResultClass.C)),
                String.valueOf(d.resultClasses().get(ResultClass.D)),
                t.share(d.satisfactionRate()));
    }

    private static Section evaluation(AnnualReport report, ReportText t) {
        DepartmentStatistics h = report.handling();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(t.say(
                "annual.doc.evaluation.result",
                h.evaluated(),
                h.result().get(Rating.SATISFIED),
                h.result().get(Rating.BASICALLY_SATISFIED),
                h.result().get(Rating.UNSATISFIED),
                t.share(h.satisfactionRate())));
        paragraphs.add(t.say(
                "annual.doc.evaluation.attitude",
                h.attitude().get(Rating.SATISFIED),
                h.attitude().get(Rating.BASICALLY_SATISFIED),
                h.attitude().get(Rating.UNSATISFIED)));
        if (h.notEvaluated() > 0) {
            paragraphs.add(t.say("annual.doc.evaluation.notEvaluated", h.notEvaluated()));
        }
        return new Section("evaluation", t.say("annual.doc.evaluation.heading"), paragraphs, null);
    }

    private static Section keySuggestions(KeySuggestionFigures k, ReportText t) {
        List<String> paragraphs = new ArrayList<>();
        if (k.total() == 0) {
            paragraphs.add(t.say("annual.doc.key.none"));
        } else {
            paragraphs.add(t.say("annual.doc.key.summary", k.total(), k.replied(), k.closed(), k.inHandling()));
            paragraphs.add(t.say(
                    "annual.doc.key.classes",
                    k.resultClasses().get(ResultClass.A),
                    k.resultClasses().get(ResultClass.B),
                    k.resultClasses().get(ResultClass.C),
                    k.resultClasses().get(ResultClass.D)));
        }
        return new Section("key", t.say("annual.doc.key.heading"), paragraphs, null);
    }

    private static Section followUps(AnnualReport report, ReportText t) {
        var f = report.followUps();
        var classes = report.handling().resultClasses();
        return new Section(
                "follow-up",
                t.say("annual.doc.followUp.heading"),
                List.of(
                        t.say(
                                "annual.doc.followUp.summary",
                                classes.get(ResultClass.B) + classes.get(ResultClass.C),
                                f.reports(),
                                f.assignments(),
                                f.delivered()),
                        t.say("annual.doc.followUp.limit")),
                null);
    }

    private static Section motions(AnnualReport report, ReportText t) {
        MotionFigures m = report.motions();
        return new Section(
                "motions",
                t.say("annual.doc.motions.heading"),
                List.of(
                        t.say(
                                "annual.doc.motions.summary",
                                report.year(),
                                m.submitted(),
                                m.putOnAgenda(),
                                m.referredToCommittee(),
                                m.committeeReported(),
                                m.notListed(),
                                m.converted()),
                        t.say(
                                "annual.doc.motions.pending",
                                m.awaitingSigners(),
                                m.lapsed(),
                                m.inFormCheck(),
                                m.returned(),
                                m.awaitingDecision()),
                        t.say(
                                "annual.doc.motions.deliberated",
                                m.adoptedLaw(),
                                m.adoptedDecision(),
                                m.furtherStudy(),
                                m.notAdopted(),
                                m.implemented(),
                                m.implementing(),
                                m.implementationOverdue())),
                null);
    }

    private static Section votes(VoteFigures v, ReportText t) {
        if (v.held() == 0) {
            return new Section(
                    "votes", t.say("annual.doc.votes.heading"), List.of(t.say("annual.doc.votes.none")), null);
        }
        Table table = v.lines().isEmpty()
                ? null
                : new Table(
                        List.of(
                                t.say("annual.col.department"),
                                t.say("annual.col.meetingDate"),
                                t.say("annual.col.round"),
                                t.say("annual.col.outcome"),
                                t.say("annual.col.satisfied"),
                                t.say("annual.col.basicallySatisfied"),
                                t.say("annual.col.unsatisfied"),
                                t.say("annual.col.invalid")),
                        v.lines().stream().map(l -> voteRow(l, t)).toList());
        return new Section(
                "votes",
                t.say("annual.doc.votes.heading"),
                List.of(t.say(
                        "annual.doc.votes.summary",
                        v.held(),
                        v.closed(),
                        v.outcomes().get(Rating.SATISFIED),
                        v.outcomes().get(Rating.BASICALLY_SATISFIED),
                        v.outcomes().get(Rating.UNSATISFIED))),
                table);
    }

    private static List<String> voteRow(VoteLine l, ReportText t) {
        return List.of(
                l.department(),
                l.meetingDate().toString(),
                String.valueOf(l.round()),
                l.outcome() == null ? "" : t.say("annual.rating." + l.outcome().name()),
                String.valueOf(l.satisfied()),
                String.valueOf(l.basicallySatisfied()),
                String.valueOf(l.unsatisfied()),
                String.valueOf(l.invalid()));
    }
}
