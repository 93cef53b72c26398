package nl.homerun.plans;

import nl.homerun.coach.Button;

/** A button that opens an account's 4P plan, for other modules' messages (the tournament's winner). */
public final class PlanButton {

    private PlanButton() {
    }

    public static Button open(String accountId, String label) {
        return new PlanAction.Show(accountId).button(label);
    }
}
