package nl.homerun.followups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;

/** Creates, lists and completes a user's follow-up tasks. */
@Service
public class FollowUps {

    private final FollowUpRepository repository;
    private final Clock clock;

    FollowUps(FollowUpRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public FollowUp create(long owner, String text, LocalDate due) {
        FollowUp followUp = new FollowUp(new ObjectId().toHexString(), owner, text, due, false, clock.instant());
        repository.insert(followUp);
        return followUp;
    }

    /** The open tasks, soonest first. */
    public List<FollowUp> open(long owner) {
        return repository.open(owner);
    }

    /** Every user's open tasks in one pass, by user id (for planning reminders). */
    public java.util.Map<Long, List<FollowUp>> openForEveryone() {
        return repository.openForEveryone();
    }

    public Optional<FollowUp> find(long owner, String id) {
        return repository.find(owner, id);
    }

    /** False when the task is not this user's, or was done already. */
    public boolean complete(long owner, String id) {
        return repository.markDone(owner, id);
    }

    public boolean reschedule(long owner, String id, LocalDate due) {
        return repository.reschedule(owner, id, due);
    }
}
