package nl.homerun.accounts;

import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.homerun.coach.Turn;

/** On an account's card: its revenue per year, its goal and how far it is, with buttons to record and change them. */
@Component
@Order(20)
class GoalsOnCard implements AccountSection {

    private final GoalsView view;

    GoalsOnCard(GoalsView view) {
        this.view = view;
    }

    @Override
    public Optional<Section> section(Turn turn, Account account) {
        return account.owner() != turn.userId() ? Optional.empty()
                : Optional.of(new Section(view.lines(turn, account), view.buttons(turn, account)));
    }
}
