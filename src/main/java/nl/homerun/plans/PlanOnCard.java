package nl.homerun.plans;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.homerun.accounts.Account;
import nl.homerun.accounts.AccountSection;
import nl.homerun.coach.Turn;

/** On an account's card, after its revenue and goal: the 4P plan in short, with a button to open it. */
@Component
@Order(30)
class PlanOnCard implements AccountSection {

    private final PlanView view;

    PlanOnCard(PlanView view) {
        this.view = view;
    }

    @Override
    public Optional<Section> section(Turn turn, Account account) {
        if (account.owner() != turn.userId()) {
            return Optional.empty();
        }
        return view.cardLines(turn, account).map(lines -> new Section(lines,
                List.of(new PlanAction.Show(account.id()).button(turn.text("plans.card.button")))));
    }
}
