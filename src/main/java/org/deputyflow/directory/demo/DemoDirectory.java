package org.deputyflow.directory.demo;

import java.util.ArrayList;
import java.util.List;

import org.deputyflow.directory.domain.DepartmentKind;

/** The demo directory's names: realistic, deterministic, and with one 4-byte character. */
final class DemoDirectory {

    static final String TERM = "第十六届";

    record DemoDepartment(String code, String name, DepartmentKind kind) {
    }

    record DemoDeputy(String login, String name, String delegation, String phone) {
    }

    private static final String[] DEPARTMENT_NAMES = {
        "市交通运输局", "市教育局", "市发展和改革委员会", "市科学技术局", "市经济和信息化局",
        "市公安局", "市民政局", "市司法局", "市财政局", "市人力资源和社会保障局",
        "市规划和自然资源局", "市生态环境局", "市住房和城乡建设管理委员会", "市水务局", "市农业农村委员会",
        "市商务委员会", "市文化和旅游局", "市卫生健康委员会", "市退役军人事务局", "市应急管理局",
        "市审计局", "市市场监督管理局", "市体育局", "市医疗保障局", "市城市管理行政执法局",
        "市绿化和市容管理局", "市数据局", "市机关事务管理局", "市中级人民法院", "市人民检察院"};

    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
        "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗"};

    private static final String[] GIVEN_NAMES = {
        "建国", "晓红", "志强", "丽华", "海燕", "国平", "文杰", "秀英", "明辉", "静怡",
        "伟民", "春梅", "永刚", "慧敏", "立新", "玉兰", "德胜", "雪梅", "宏伟", "佳琪",
        "振华", "淑芬", "学军", "红霞", "庆丰", "婉清", "卫东", "晓燕", "家豪", "思远",
        "国庆", "美玲", "子涵", "长青", "秋月", "俊杰", "凤英", "鹏飞", "雅琴", "世杰",
        "晨曦", "保国", "翠兰", "天佑", "若楠", "志远", "桂芳", "浩然", "丽娟", "新民"};

    private static final String[] DELEGATIONS = {
        "城东区代表团", "城西区代表团", "江北区代表团", "江南区代表团", "高新区代表团",
        "经开区代表团", "临江县代表团", "青山县代表团", "湖滨区代表团", "南山区代表团"};

    private DemoDirectory() {
    }

    static List<DemoDepartment> departments() {
        List<DemoDepartment> departments = new ArrayList<>();
        for (int i = 0; i < DEPARTMENT_NAMES.length; i++) {
            String name = DEPARTMENT_NAMES[i];
            DepartmentKind kind = name.endsWith("法院") ? DepartmentKind.COURT
                    : name.endsWith("检察院") ? DepartmentKind.PROCURATORATE : DepartmentKind.GOVERNMENT;
            departments.add(new DemoDepartment("dept%02d".formatted(i + 1), name, kind));
        }
        return departments;
    }

    static List<DemoDeputy> deputies() {
        List<DemoDeputy> deputies = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            // the last demo deputy's surname is 𠮷 (U+20BB7), outside the Basic Multilingual Plane
            String name = i == 99 ? "𠮷庆云" : SURNAMES[i % SURNAMES.length] + GIVEN_NAMES[(i * 7 + i / 20) % GIVEN_NAMES.length];
            deputies.add(new DemoDeputy("deputy%03d".formatted(i + 1), name, DELEGATIONS[i % DELEGATIONS.length],
                    "139%08d".formatted(10_000_000 + i * 7919)));
        }
        return deputies;
    }

    static String handlerName(int index) {
        return SURNAMES[(index * 3) % SURNAMES.length] + GIVEN_NAMES[(index * 11) % GIVEN_NAMES.length];
    }
}
