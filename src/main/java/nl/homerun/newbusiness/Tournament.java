package nl.homerun.newbusiness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One year of new business played as a tournament. While it is {@link Status#SETUP} the suspects are being listed;
 * while {@link Status#PLAYING}, {@code round} is the round under way, from {@code roundStart} to {@code roundEnd};
 * once {@link Status#CLOSED} it is history. Each change is written with {@code version} compared, so a double tap
 * changes it once.
 *
 * @param year       the year it was started in (its name: "Werving 2026")
 * @param weeks      the length of a round as chosen (six to ten weeks); the current round may have its own
 * @param firstRound where the list started: 1 (64 analysed) or 2 (32 suspects), by its size
 * @param played     the rounds decided, in order
 */
record Tournament(String id, long owner, int year, Status status, int weeks, int firstRound, int round,
        LocalDate roundStart, LocalDate roundEnd, List<Entry> entries, List<Played> played, LocalDate closedOn,
        Instant createdAt, long version) {

    enum Status { SETUP, PLAYING, CLOSED }

    /** GO (on to the next round) or NO GO (to the kweekvijver), decided at the end of a round. */
    enum Decision { GO, NO_GO }

    /**
     * A suspect: the company (its name as given), the person there if known, and how far it got.
     *
     * @param no       its number in the list, from 1, kept for good
     * @param decision what was decided for it in the current round (null: not yet)
     * @param outRound the round at whose end it went to the kweekvijver (null: still in, or won)
     * @param fromPond whether it came back from an earlier year's kweekvijver
     */
    record Entry(int no, String name, String person, String email, String phone, Decision decision, Integer outRound,
            LocalDate outOn, boolean won, boolean fromPond) {

        boolean in() {
            return outRound == null && !won;
        }

        /** The last round it played: the one it went out in, the current one while it is in, or the final once it won. */
        int reached(Tournament of) {
            return outRound != null ? outRound : won ? Stage.LAST : of.status() == Status.SETUP ? of.firstRound() : of.round();
        }

        Entry decided(Decision d) {
            return new Entry(no, name, person, email, phone, d, outRound, outOn, won, fromPond);
        }

        Entry out(int round, LocalDate on) {
            return new Entry(no, name, person, email, phone, null, round, on, false, fromPond);
        }

        Entry winner() {
            return new Entry(no, name, person, email, phone, null, null, null, true, fromPond);
        }

        /** "Fabrikam (Jan de Vries)". */
        String label() {
            return person == null || person.isBlank() ? name : name + " (" + person + ")";
        }
    }

    /** A round decided: when it ran (planned end, and the day it was decided), how many played it and how many went on. */
    record Played(int round, LocalDate start, LocalDate end, LocalDate decidedOn, int in, int kept) {
    }

    Tournament {
        entries = List.copyOf(entries);
        played = List.copyOf(played);
    }

    Stage stage() {
        return Stage.of(round);
    }

    List<Entry> in() {
        return entries.stream().filter(Entry::in).toList();
    }

    List<Entry> pond() {
        return entries.stream().filter(e -> e.outRound() != null).toList();
    }

    List<Entry> winners() {
        return entries.stream().filter(Entry::won).toList();
    }

    Optional<Entry> entry(int no) {
        return entries.stream().filter(e -> e.no() == no).findFirst();
    }

    long count(Decision decision) {
        return in().stream().filter(e -> e.decision() == decision).count();
    }

    List<Entry> undecided() {
        return in().stream().filter(e -> e.decision() == null).toList();
    }

    /** How many the next round takes of those in now. */
    int target() {
        return stage().target(in().size());
    }

    int nextNo() {
        return entries.stream().mapToInt(Entry::no).max().orElse(0) + 1;
    }

    /** The rounds still to come after the current one, each {@code weeks} long from the current round's end. */
    List<Played> ahead() {
        List<Played> ahead = new ArrayList<>();
        LocalDate start = roundEnd;
        for (int r = round + 1; r <= Stage.LAST; r++) {
            LocalDate end = start.plusWeeks(weeks);
            ahead.add(new Played(r, start, end, null, 0, 0));
            start = end;
        }
        return ahead;
    }

    Tournament with(List<Entry> changed) {
        return new Tournament(id, owner, year, status, weeks, firstRound, round, roundStart, roundEnd, changed, played,
                closedOn, createdAt, version);
    }

    Tournament withEntry(Entry changed) {
        return with(entries.stream().map(e -> e.no() == changed.no() ? changed : e).toList());
    }

    Tournament playing(int weeksChosen, int first, LocalDate start) {
        return new Tournament(id, owner, year, Status.PLAYING, weeksChosen, first, first, start, start.plusWeeks(weeksChosen),
                entries, played, null, createdAt, version);
    }

    Tournament roundLength(int weeksChosen) {
        return new Tournament(id, owner, year, status, weeksChosen, firstRound, round, roundStart,
                roundStart.plusWeeks(weeksChosen), entries, played, closedOn, createdAt, version);
    }

    Tournament nextRound(List<Entry> changed, Played decided, LocalDate today) {
        List<Played> all = new ArrayList<>(played);
        all.add(decided);
        return new Tournament(id, owner, year, status, weeks, firstRound, round + 1, today, today.plusWeeks(weeks), changed,
                all, null, createdAt, version);
    }

    Tournament closed(List<Entry> changed, Played decided, LocalDate today) {
        List<Played> all = new ArrayList<>(played);
        if (decided != null) {
            all.add(decided);
        }
        return new Tournament(id, owner, year, Status.CLOSED, weeks, firstRound, round, roundStart, roundEnd, changed, all,
                today, createdAt, version);
    }
}
