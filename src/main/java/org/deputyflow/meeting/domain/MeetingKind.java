package org.deputyflow.meeting.domain;

/** The kinds of meeting whose decisions the product records. */
public enum MeetingKind {
    /** 主任会议: designates key suggestions, decides on motions. */
    CHAIRPERSONS_COUNCIL("主任会议"),
    /** 常委会会议: deliberates the motions put on its agenda. */
    STANDING_COMMITTEE("常委会会议"),
    /** 代表大会: its presidium decides on the motions of its session. */
    PEOPLES_CONGRESS("代表大会");

    private final String chineseName;

    MeetingKind(String chineseName) {
        this.chineseName = chineseName;
    }

    /** For the API's messages and the motion's free meeting text; pages take theirs from the bundle. */
    public String chineseName() {
        return chineseName;
    }
}
