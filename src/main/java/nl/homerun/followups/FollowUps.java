package nl.homerun.followups;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bson.types.ObjectId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import nl.homerun.contacts.Contact;
import nl.homerun.contacts.Contacts;

/**
 * Creates, lists, changes and completes a user's follow-up tasks, and says whom each is for; every change is
 * published as a {@link FollowUpChanged}.
 */
@Service
public class FollowUps {

    private final FollowUpRepository repository;
    private final Contacts contacts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FollowUps(FollowUpRepository repository, Contacts contacts, Clock clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.contacts = contacts;
        this.clock = clock;
        this.events = events;
    }

    /** A task for no one in particular, on a day. */
    public FollowUp create(long owner, String text, LocalDate due) {
        return create(owner, text, due, null, null);
    }

    /** A task for a contact (or null), on a day and perhaps at a time. */
    public FollowUp create(long owner, String text, LocalDate due, LocalTime time, String contactId) {
        FollowUp followUp = new FollowUp(new ObjectId().toHexString(), owner, text, due, time, contactId, false,
                clock.instant());
        repository.insert(followUp);
        published(true, owner, followUp.id(), FollowUpChanged.What.CREATED);
        return followUp;
    }

    /** The open tasks, soonest first. */
    public List<FollowUp> open(long owner) {
        return repository.open(owner);
    }

    /** The open tasks for one contact, soonest first. */
    public List<FollowUp> openFor(long owner, String contactId) {
        return repository.openFor(owner, contactId);
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
        return published(repository.markDone(owner, id, clock.instant()), owner, id, FollowUpChanged.What.DONE);
    }

    /** The tasks a list of open tasks made at {@code at} showed, soonest first: those done since then are among them. */
    public List<FollowUp> openAt(long owner, java.time.Instant at) {
        return repository.openAt(owner, at);
    }

    public boolean reschedule(long owner, String id, LocalDate due) {
        return published(repository.reschedule(owner, id, due), owner, id, FollowUpChanged.What.CHANGED);
    }

    /** Deletes an open task (as when the note that made it is deleted); false when it is done or not this user's. */
    public boolean delete(long owner, String id) {
        return id != null && published(repository.delete(owner, id), owner, id, FollowUpChanged.What.DELETED);
    }

    /** Changes the text, day, time or person of a task; false when it is not this user's. */
    public boolean change(long owner, FollowUp changed) {
        return published(repository.change(owner, changed), owner, changed.id(), FollowUpChanged.What.CHANGED);
    }

    private boolean published(boolean changed, long owner, String id, FollowUpChanged.What what) {
        if (changed) {
            events.publishEvent(new FollowUpChanged(owner, id, what));
        }
        return changed;
    }

    /** The contact a task is for, while it exists. */
    public Optional<Contact> person(FollowUp task) {
        return task.contactId() == null ? Optional.empty() : contacts.find(task.owner(), task.contactId());
    }

    /** The task as one line for a list, a reminder or a calendar: its text, and whom it is for ("Offerte sturen — Kees Hoogendoorn, Hoogendoorn B.V."). */
    public String describe(FollowUp task) {
        return person(task).map(c -> whom(task.text(), c)).filter(whom -> !whom.isEmpty())
                .map(whom -> task.text() + " — " + whom).orElse(task.text());
    }

    /** Whom a task's text does not name yet: "Nazorggesprek met Jan de Vries" needs only "Jansen BV" after it. */
    private static String whom(String text, Contact contact) {
        return Stream.of(text.contains(contact.name()) ? null : contact.name(), contact.account())
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
    }
}
