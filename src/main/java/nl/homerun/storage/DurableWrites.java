package nl.homerun.storage;

/**
 * Makes the writes acknowledged so far survive the process being killed. Channels call it before anything leaves the
 * process that a person or Telegram acts on (a message sent, an update's receipt confirmed), so that a kill can only
 * lose work nobody has seen an effect of yet. A real MongoDB journals every acknowledged write by itself; the embedded
 * store commits its file here (and otherwise about once a second), instead of after every command.
 */
@FunctionalInterface
public interface DurableWrites {

    void flush();
}
