package nl.homerun.coach;

import java.util.List;

/** Who takes a file the user sends (a .vcf with contacts, for one). */
public interface DocumentHandler {

    List<Reply> onDocument(Turn turn, InboundEvent.DocumentUpload document);
}
