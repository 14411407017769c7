package eu.os2.platform.voting.internal;

import eu.os2.platform.api.user.AccessDeniedException;

/**
 * An access rule about a particular organisation refused, in Danish and English: the REST layer
 * answers in the language the console asks for ({@link #text(boolean)}); the message is the English.
 */
public class Refused extends AccessDeniedException {
    private static final long serialVersionUID = 1L;

    private final String danish;

    public Refused(String danish, String english) {
        super(english);
        this.danish = danish;
    }

    /** @return the refusal in English when asked for, else in Danish */
    public String text(boolean english) {
        return english ? getMessage() : danish;
    }
}
