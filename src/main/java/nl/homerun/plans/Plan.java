package nl.homerun.plans;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An account's 4P relationship plan: its activities per P. Made when its first activity is added
 * ({@code createdAt}: notes about the account's people since then count as progress). {@code version} grows with
 * every change, so two changes at once cannot both win.
 */
record Plan(String accountId, long owner, Instant createdAt, List<Activity> activities, long version) {

    Plan {
        activities = List.copyOf(activities);
    }

    static Plan empty(String accountId, long owner, Instant at) {
        return new Plan(accountId, owner, at, List.of(), 0);
    }

    /** The activities under one P, soonest first. */
    List<Activity> of(Pillar pillar) {
        return activities.stream().filter(a -> a.pillar() == pillar)
                .sorted(Comparator.comparing(Activity::due).thenComparing(Activity::createdAt)).toList();
    }

    Optional<Activity> activity(String id) {
        return activities.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    Optional<Activity> withTask(String taskId) {
        return taskId == null ? Optional.empty() : activities.stream().filter(a -> taskId.equals(a.taskId())).findFirst();
    }

    long finished() {
        return activities.stream().filter(Activity::done).count();
    }

    long finished(Pillar pillar) {
        return of(pillar).stream().filter(Activity::done).count();
    }

    /** The open activity due first, if any. */
    Optional<Activity> next() {
        return activities.stream().filter(a -> !a.done()).min(Comparator.comparing(Activity::due));
    }

    /** Whether a suggestion was taken already (so it is not offered again). */
    boolean took(Suggestion suggestion) {
        return activities.stream().anyMatch(a -> suggestion.code.equals(a.suggestion()));
    }

    Plan with(Activity added) {
        List<Activity> more = new ArrayList<>(activities);
        more.add(added);
        return new Plan(accountId, owner, createdAt, more, version);
    }

    Plan changed(String id, UnaryOperator<Activity> change) {
        return new Plan(accountId, owner, createdAt, activities.stream().map(a -> a.id().equals(id) ? change.apply(a) : a).toList(),
                version);
    }

    Plan without(String id) {
        return new Plan(accountId, owner, createdAt, activities.stream().filter(a -> !a.id().equals(id)).toList(), version);
    }

    /** This plan under another account (one it was merged into), with that account's activities before its own. */
    Plan movedInto(String intoId, Plan into) {
        List<Activity> all = new ArrayList<>(into == null ? List.of() : into.activities());
        activities.stream().filter(a -> all.stream().noneMatch(b -> b.id().equals(a.id()))).forEach(all::add);
        Instant made = into == null || createdAt.isBefore(into.createdAt()) ? createdAt : into.createdAt();
        return new Plan(intoId, owner, made, all, into == null ? 0 : into.version());
    }
}
