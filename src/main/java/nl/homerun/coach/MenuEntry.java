package nl.homerun.coach;

/** A line of the command menu: the command without its slash, and what it does. */
public record MenuEntry(String command, String description) {
}
