package org.newsmark.service.port;

/** The server asked for a password that was not given (or refused the one given): ask the user, then try again. */
public class PasswordNeededException extends ProjectRefusedException {

    private final boolean wrong;

    public PasswordNeededException(String message, boolean wrong) {
        super(message);
        this.wrong = wrong;
    }

    /** Whether a password was given and the server refused it. */
    public boolean wrong() {
        return wrong;
    }
}
