package org.deputyflow.disclosure.domain;

import java.util.List;

/**
 * A published disclosure as CSV, with the same content as its page: a byte-order mark so that
 * spreadsheet programs read the Chinese as UTF-8, and quotes around every cell that needs them.
 */
public final class DisclosureCsv {

    private DisclosureCsv() {
    }

    public static String write(Disclosure disclosure, List<KeyLine> keyLines, List<DepartmentLine> departmentLines,
            List<Disclosure> earlierVersions) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, disclosure.title(), "第 " + disclosure.version() + " 版");
        for (Disclosure earlier : earlierVersions) {
            row(csv, "本版替代第 " + earlier.version() + " 版");
        }
        if (disclosure.commentary() != null) {
            row(csv, "说明", disclosure.commentary());
        }
        csv.append("\r\n");
        row(csv, "重点建议办理情况");
        row(csv, "编号", "标题", "主办单位", "督办领导", "进展情况", "状态", "答复类别", "代表评价", "办理天数");
        for (KeyLine l : keyLines) {
            row(csv, l.serialNo(), l.title(), text(l.leadDepartment()), text(l.supervisingLeader()),
                    text(l.progress()), l.status(), text(l.resultClass()),
                    text(l.evaluation()), l.daysTaken() == null ? "" : l.daysTaken().toString());
        }
        csv.append("\r\n");
        row(csv, "各承办单位办理情况");
        row(csv, "承办单位", "收到", "答复", "按时答复", "逾期答复", "季末逾期未复", "延期", "A类", "B类", "C类", "D类",
                "态度满意", "态度基本满意", "态度不满意", "结果满意", "结果基本满意", "结果不满意", "未评价", "解决率", "满意率");
        for (DepartmentLine line : departmentLines) {
            DepartmentFigures f = line.figures();
            row(csv, f.departmentName(), n(f.received()), n(f.replied()), n(f.repliedOnTime()), n(f.repliedLate()),
                    n(f.overdue()), n(f.extensions()), n(f.classA()), n(f.classB()), n(f.classC()), n(f.classD()),
                    n(f.attitudeSatisfied()), n(f.attitudeBasically()), n(f.attitudeUnsatisfied()),
                    n(f.resultSatisfied()), n(f.resultBasically()), n(f.resultUnsatisfied()), n(f.notEvaluated()),
                    line.solvedRate(), line.satisfactionRate());
        }
        return csv.toString();
    }

    private static String n(int value) {
        return Integer.toString(value);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void row(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells[i]));
        }
        csv.append("\r\n");
    }

    /** Quotes a cell when needed; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?%?")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
