package eu.os2.platform.web.internal.auth.oidc;

/** A sign-on that was refused; the code names why on the login page, the message goes to the log. */
public class SignOnRefused extends Exception {
    private static final long serialVersionUID = 1L;

    private final String code;

    public SignOnRefused(String code, String message) {
        super(message);
        this.code = code;
    }

    /** @return {@code state}, {@code provider}, {@code token}, {@code issuer}, {@code expired}, {@code uninvited}, {@code organisation} or {@code off} */
    public String code() {
        return code;
    }
}
