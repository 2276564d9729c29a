package org.deputyflow.vote.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** A paper ballot box: the members who handed one in and its counts. */
public class PaperBallotsForm {

    @NotNull(message = "{votePage.error.membersRequired}")
    @Size(min = 1, max = 1000, message = "{votePage.error.membersRequired}")
    private List<Long> memberIds = new ArrayList<>();

    @NotNull(message = "{votePage.error.countRequired}")
    @PositiveOrZero(message = "{votePage.error.countNegative}")
    private Integer satisfied = 0;

    @NotNull(message = "{votePage.error.countRequired}")
    @PositiveOrZero(message = "{votePage.error.countNegative}")
    private Integer basicallySatisfied = 0;

    @NotNull(message = "{votePage.error.countRequired}")
    @PositiveOrZero(message = "{votePage.error.countNegative}")
    private Integer unsatisfied = 0;

    @NotNull(message = "{votePage.error.countRequired}")
    @PositiveOrZero(message = "{votePage.error.countNegative}")
    private Integer invalid = 0;

    public List<Long> getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(List<Long> memberIds) {
        this.memberIds = memberIds;
    }

    public Integer getSatisfied() {
        return satisfied;
    }

    public void setSatisfied(Integer satisfied) {
        this.satisfied = satisfied;
    }

    public Integer getBasicallySatisfied() {
        return basicallySatisfied;
    }

    public void setBasicallySatisfied(Integer basicallySatisfied) {
        this.basicallySatisfied = basicallySatisfied;
    }

    public Integer getUnsatisfied() {
        return unsatisfied;
    }

    public void setUnsatisfied(Integer unsatisfied) {
        this.unsatisfied = unsatisfied;
    }

    public Integer getInvalid() {
        return invalid;
    }

    public void setInvalid(Integer invalid) {
        this.invalid = invalid;
    }
}
