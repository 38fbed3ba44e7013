package io.hallyu.analysis;

/** Precondition checks for this package, failing with a clear {@link IllegalArgumentException}. */
final class Check {
    private Check() {}

    /** Throws {@code IllegalArgumentException("<name> must not be null")} when {@code value} is null. */
    static void notNull(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
    }
}
