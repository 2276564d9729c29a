package org.deputyflow.directory.domain;

/** What a user may do; a user may hold several roles. */
public enum Role {
    /** 代表 */
    DEPUTY,
    /** 代表工委工作人员 */
    STAFF,
    /** 承办单位经办人 */
    DEPT_HANDLER,
    /** 承办单位负责人 */
    DEPT_LEADER,
    /** 主任会议成员 */
    COUNCIL,
    /** 常委会组成人员 */
    MEMBER,
    /** 系统管理员 */
    ADMIN,
    /** 审计管理员: reads and exports the audit trail, and nothing else (三员分立) */
    AUDITOR;

    /** Handlers and leaders act for exactly one department. */
    public boolean belongsToDepartment() {
        return this == DEPT_HANDLER || this == DEPT_LEADER;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
