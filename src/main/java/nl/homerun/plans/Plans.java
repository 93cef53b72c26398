package nl.homerun.plans;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;

import nl.homerun.accounts.Account;
import nl.homerun.accounts.Accounts;
import nl.homerun.coach.Messages;
import nl.homerun.contacts.Contact;
import nl.homerun.followups.FollowUp;
import nl.homerun.followups.FollowUps;
import nl.homerun.notes.NoteHistory;
import nl.homerun.users.Language;

/**
 * The user's 4P plans: activities added (each made a follow-up task for the account's main contact, due on its day),
 * changed (and their task with them), finished and removed; what a task done or deleted elsewhere means for its
 * activity; and how far a plan is (activities finished, notes about the account's people since it was made).
 */
@Service
class Plans {

    /** How often a change is tried again when another one got in between. */
    private static final int TRIES = 5;

    private final PlanRepository repository;
    private final Accounts accounts;
    private final FollowUps followUps;
    private final NoteHistory notes;
    private final Messages messages;
    private final Clock clock;

    Plans(PlanRepository repository, Accounts accounts, FollowUps followUps, NoteHistory notes, Messages messages, Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.followUps = followUps;
        this.notes = notes;
        this.messages = messages;
        this.clock = clock;
    }

    Optional<Plan> of(long owner, String accountId) {
        return repository.find(owner, accountId);
    }

    List<Plan> all(long owner) {
        return repository.all(owner);
    }

    /**
     * The person the plan's tasks are for: the account's Top-5 contact, else its Top-20, else the first added; empty
     * when nobody works there yet.
     */
    Optional<Contact> mainContact(long owner, Account account) {
        return accounts.contactsOf(owner, account).stream().min(Comparator.comparing((Contact c) -> !c.top5())
                .thenComparing(c -> !c.top20()).thenComparing(Contact::createdAt));
    }

    /**
     * Adds an activity to the account's plan (making the plan if it has none) and a task for it on its day; the
     * activity as stored. Empty when the account is not the user's.
     */
    Optional<Activity> add(long owner, Account account, Language language, Pillar pillar, String text, String goal,
            LocalDate due, Suggestion suggestion) {
        if (account.owner() != owner || accounts.find(owner, account.id()).isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Activity activity = new Activity(newId(), pillar, text.strip(), goal == null ? null : goal.strip(), due, null, false,
                null, suggestion == null ? null : suggestion.code, now);
        FollowUp task = followUps.create(owner, taskText(language, account, activity), due, null,
                mainContact(owner, account).map(Contact::id).orElse(null));
        Activity linked = activity.withTask(task.id());
        for (int i = 0; i < TRIES; i++) {
            Optional<Plan> plan = repository.find(owner, account.id());
            if (plan.isEmpty() ? repository.insert(Plan.empty(account.id(), owner, now).with(linked))
                    : repository.replace(plan.get(), plan.get().with(linked))) {
                return Optional.of(linked);
            }
        }
        followUps.delete(owner, task.id());
        throw new IllegalStateException("The plan kept changing while an activity was added");
    }

    /** Changes an activity and its task (a new task when it had none left and is not done); false when not there. */
    boolean change(long owner, Account account, Language language, String activityId, UnaryOperator<Activity> change) {
        Optional<Activity> before = repository.find(owner, account.id()).flatMap(p -> p.activity(activityId));
        if (before.isEmpty()) {
            return false;
        }
        Optional<Activity> changed = update(owner, account.id(), activityId, change);
        if (changed.isEmpty()) {
            return false;
        }
        Activity now = changed.get();
        if (now.done()) {
            return true;
        }
        Optional<FollowUp> task = now.taskId() == null ? Optional.empty() : followUps.find(owner, now.taskId()).filter(t -> !t.done());
        if (task.isPresent()) {
            FollowUp t = task.get();
            followUps.change(owner, new FollowUp(t.id(), owner, taskText(language, account, now), now.due(), t.time(),
                    t.contactId(), false, t.createdAt()));
        } else {
            FollowUp made = followUps.create(owner, taskText(language, account, now), now.due(), null,
                    mainContact(owner, account).map(Contact::id).orElse(null));
            update(owner, account.id(), activityId, a -> a.withTask(made.id()));
        }
        return true;
    }

    /** The activity is done, and its task with it; false when it is not there. */
    boolean finish(long owner, String accountId, String activityId) {
        Optional<Activity> done = update(owner, accountId, activityId, a -> a.finished(clock.instant()));
        done.map(Activity::taskId).ifPresent(task -> followUps.complete(owner, task));
        return done.isPresent();
    }

    /**
     * A finished activity open again (a tick by mistake, or it needs another round), with a new task on its day, or
     * {@code today} when that has passed; false when it is not there or not finished.
     */
    boolean reopen(long owner, Account account, Language language, String activityId, LocalDate today) {
        boolean finished = repository.find(owner, account.id()).flatMap(p -> p.activity(activityId)).filter(Activity::done)
                .isPresent();
        return finished && change(owner, account, language, activityId,
                a -> a.reopened().withDue(a.due().isBefore(today) ? today : a.due()));
    }

    /** The activity goes, and its task if it is still open; false when it was not there. */
    boolean remove(long owner, String accountId, String activityId) {
        for (int i = 0; i < TRIES; i++) {
            Optional<Plan> plan = repository.find(owner, accountId);
            Optional<Activity> activity = plan.flatMap(p -> p.activity(activityId));
            if (activity.isEmpty()) {
                return false;
            }
            if (repository.replace(plan.get(), plan.get().without(activityId))) {
                if (activity.get().taskId() != null && !activity.get().done()) {
                    followUps.delete(owner, activity.get().taskId());
                }
                return true;
            }
        }
        return false;
    }

    /** A task was ticked off (in /taken, from a reminder): its activity is done. */
    void taskDone(long owner, String taskId) {
        repository.withTask(owner, taskId).ifPresent(plan -> plan.withTask(taskId).filter(a -> !a.done())
                .ifPresent(a -> update(owner, plan.accountId(), a.id(), x -> x.finished(clock.instant()))));
    }

    /** A task was deleted elsewhere: its activity stays, without a task (a new day makes it one again). */
    void taskGone(long owner, String taskId) {
        repository.withTask(owner, taskId).ifPresent(plan -> plan.withTask(taskId)
                .ifPresent(a -> update(owner, plan.accountId(), a.id(), x -> x.withTask(null))));
    }

    /** A task's day was changed elsewhere: its activity follows. */
    void taskChanged(long owner, String taskId) {
        followUps.find(owner, taskId).ifPresent(task -> repository.withTask(owner, taskId).ifPresent(plan -> plan.withTask(taskId)
                .filter(a -> !a.due().equals(task.due()))
                .ifPresent(a -> update(owner, plan.accountId(), a.id(), x -> x.withDue(task.due())))));
    }

    /** The plan of an account that went into another follows it there. */
    void merged(long owner, String goneId, String keptId) {
        for (int i = 0; i < TRIES; i++) {
            Optional<Plan> gone = repository.find(owner, goneId);
            if (gone.isEmpty()) {
                return;
            }
            Optional<Plan> kept = repository.find(owner, keptId);
            Plan moved = gone.get().movedInto(keptId, kept.orElse(null));
            if (kept.isEmpty() ? repository.insert(moved) : repository.replace(kept.get(), moved)) {
                repository.delete(owner, goneId);
                return;
            }
        }
    }

    /** How many notes about the account's people were written since the plan was made. */
    int notesSince(long owner, Account account, Plan plan) {
        Set<String> people = new HashSet<>();
        accounts.contactsOf(owner, account).forEach(c -> people.add(c.id()));
        return (int) notes.since(owner, plan.createdAt()).stream()
                .filter(n -> n.contactIds().stream().anyMatch(people::contains)).count();
    }

    /** "[4P Proces] Factuurproces afstemmen — doel: geen factuur terug", and the account when nobody works there. */
    private String taskText(Language language, Account account, Activity activity) {
        // the user's words go in as they are: a task's text is plain, escaped where it is shown
        String text = "[" + messages.get(language, "plans.task.tag", messages.get(language, activity.pillar().nameKey())) + "] "
                + activity.text();
        if (activity.goal() != null) {
            text = text + " — " + messages.get(language, "plans.goal.word") + ": " + activity.goal();
        }
        return mainContact(account.owner(), account).isPresent() ? text : text + " — " + account.name();
    }

    /** Changes one activity, trying again when the plan changed in between; the activity as stored, or empty. */
    private Optional<Activity> update(long owner, String accountId, String activityId, UnaryOperator<Activity> change) {
        for (int i = 0; i < TRIES; i++) {
            Optional<Plan> plan = repository.find(owner, accountId);
            if (plan.isEmpty() || plan.get().activity(activityId).isEmpty()) {
                return Optional.empty();
            }
            Plan changed = plan.get().changed(activityId, change);
            if (repository.replace(plan.get(), changed)) {
                return changed.activity(activityId);
            }
        }
        return Optional.empty();
    }

    private static String newId() {
        return String.format("%08x", ThreadLocalRandom.current().nextInt());
    }
}
