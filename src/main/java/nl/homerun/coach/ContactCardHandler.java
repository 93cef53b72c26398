package nl.homerun.coach;

import java.util.List;

/** Who takes a contact card shared from the phone's address book (the contacts, once they exist). */
public interface ContactCardHandler {

    List<Reply> onContactCard(Turn turn, InboundEvent.SharedContact card);
}
