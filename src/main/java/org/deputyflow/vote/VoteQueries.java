package org.deputyflow.vote;

import java.util.List;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.Permissions;
import org.deputyflow.vote.domain.Elector;
import org.deputyflow.vote.domain.InquiryFlag;
import org.deputyflow.vote.domain.PublishedResult;
import org.deputyflow.vote.domain.Rectification;
import org.deputyflow.vote.domain.RectificationReport;
import org.deputyflow.vote.domain.Vote;
import org.deputyflow.vote.domain.VoteAction;
import org.deputyflow.vote.domain.VoteDetails;
import org.deputyflow.vote.domain.VoteStatus;
import org.deputyflow.vote.persistence.ElectorMapper;
import org.deputyflow.vote.persistence.InquiryMapper;
import org.deputyflow.vote.persistence.RectificationMapper;
import org.deputyflow.vote.persistence.VoteFilter;
import org.deputyflow.vote.persistence.VoteMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading votes, always within the caller's scope: the lists, a vote with the caller's own
 * participation (whether they voted, never how), its electorate, its rectification and reports, the
 * published results and the departments flagged for inquiry.
 */
@Service
@Transactional(readOnly = true)
public class VoteQueries {

    private final VoteMapper votes;
    private final ElectorMapper electors;
    private final RectificationMapper rectifications;
    private final InquiryMapper inquiries;
    private final VoteAccess access;

    VoteQueries(
            VoteMapper votes,
            ElectorMapper electors,
            RectificationMapper rectifications,
            InquiryMapper inquiries,
            VoteAccess access) {
        this.votes = votes;
        this.electors = electors;
        this.rectifications = rectifications;
        this.inquiries = inquiries;
        this.access = access;
    }

    /** Committee staff, council, members and admins see every vote; a department sees its own. */
    public Page<Vote> votes(VoteStatus status, Long departmentId, CurrentUser user, PageRequest request) {
        boolean everyVote = VoteAccess.seesEveryVote(user);
        Long department = everyVote ? departmentId : user.departmentId();
        if (department == null && !everyVote) {
            return Page.of(List.of(), request, 0);
        }
        VoteFilter filter = new VoteFilter(status, department);
        long total = votes.count(filter);
        List<Vote> items = total == 0 ? List.of() : votes.search(filter, request.offset(), request.size());
        return Page.of(items, request, total);
    }

    public VoteDetails details(long id, CurrentUser user) {
        Vote vote = access.visible(id, user);
        Elector you = electors.find(id, user.id()).orElse(null);
        Long followUp = votes.findFollowUpOf(id).map(Vote::id).orElse(null);
        return new VoteDetails(vote, electors.countVoted(id), you, followUp, access.permissions(vote, user));
    }

    /** What the user may do with the vote now, each refused action with its reason. */
    public Permissions<VoteAction> permissions(long id, CurrentUser user) {
        return access.permissions(access.visible(id, user), user);
    }

    public Page<Elector> electors(long id, PageRequest request) {
        access.vote(id);
        long total = electors.count(id);
        List<Elector> items = total == 0 ? List.of() : electors.search(id, request.offset(), request.size());
        return Page.of(items, request, total);
    }

    /** Closed votes with their counts, for the public pages. */
    public Page<PublishedResult> published(PageRequest request) {
        long total = votes.countPublished();
        List<PublishedResult> items = total == 0 ? List.of() : votes.searchPublished(request.offset(), request.size());
        return Page.of(items, request, total);
    }

    public Rectification rectification(long id, CurrentUser user) {
        access.visible(id, user);
        return rectifications
                .find(id)
                .orElseThrow(() -> new NotFoundException("error.vote.rectification.none", String.valueOf(id)));
    }

    public Page<RectificationReport> reports(long id, CurrentUser user, PageRequest request) {
        rectification(id, user);
        long total = rectifications.countReports(id);
        List<RectificationReport> items =
                total == 0 ? List.of() : rectifications.searchReports(id, request.offset(), request.size());
        return Page.of(items, request, total);
    }

    /** Departments flagged for a formal inquiry, newest first. */
    public Page<InquiryFlag> inquiries(Long departmentId, PageRequest request) {
        long total = inquiries.count(departmentId);
        List<InquiryFlag> items =
                total == 0 ? List.of() : inquiries.search(departmentId, request.offset(), request.size());
        return Page.of(items, request, total);
    }
}
