package nl.homerun.users;

/**
 * Published after everything of a user was erased (every module's {@link PersonalData}), for what must forget more
 * than the documents: the embedded store writes its file anew, so the erased texts are not left in its free space.
 */
public record PersonalDataErased(long userId) {
}
