package org.deputyflow.meeting.domain;

import org.deputyflow.shared.Text;

/** The kinds of meeting whose decisions the product records. */
public enum MeetingKind {
    /** 主任会议: designates key suggestions, decides on motions. */
    CHAIRPERSONS_COUNCIL,
    /** 常委会会议: deliberates the motions put on its agenda. */
    STANDING_COMMITTEE,
    /** 代表大会: its presidium decides on the motions of its session. */
    PEOPLES_CONGRESS;

    /** The kind's name, as the API's messages and the motion's meeting text quote it. */
    public Text label() {
        return Text.of("label.meeting.kind." + name());
    }
}
