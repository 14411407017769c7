package eu.os2.platform.api.voting;

/**
 * The kinds of general assembly.
 *
 * @since 0.1.0
 */
public enum AssemblyKind {
    /** Held every year in April or May, with the fixed agenda. */
    ORDINARY,
    /** Called by the board; held within four weeks of the call, on 14 days' notice. */
    EXTRAORDINARY
}
