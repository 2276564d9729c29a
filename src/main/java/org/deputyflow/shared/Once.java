package org.deputyflow.shared;

import java.util.function.Supplier;

/**
 * A value read on first demand and kept: for what costs a statement and only some callers look at.
 *
 * @param <T> the value
 */
public final class Once<T> implements Supplier<T> {

    private final Object lock = new Object();
    private Supplier<? extends T> read;
    private T value;

    private Once(Supplier<? extends T> read) {
        this.read = read;
    }

    public static <T> Once<T> of(Supplier<? extends T> read) {
        return new Once<>(read);
    }

    @Override
    public T get() {
        synchronized (lock) {
            if (read != null) {
                value = read.get();
                read = null;
            }
            return value;
        }
    }
}
