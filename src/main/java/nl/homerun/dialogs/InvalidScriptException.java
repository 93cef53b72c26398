package nl.homerun.dialogs;

/** A conversation script that cannot run; the message names the file, the step and what is wrong. */
class InvalidScriptException extends RuntimeException {

    InvalidScriptException(String file, String step, String problem) {
        super("Conversation script " + file + (step == null ? "" : ", step '" + step + "'") + ": " + problem);
    }
}
