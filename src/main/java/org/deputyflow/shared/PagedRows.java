package org.deputyflow.shared;

import java.io.IOException;
import java.util.function.Function;

/**
 * Every row of a paged query, read page by page in the largest pages the query serves, so that
 * a file of the whole list is written without the list ever being in memory.
 */
public final class PagedRows<T> {

    /** Page size of each read: the largest page a query serves. */
    public static final int CHUNK = PageRequest.MAX_SIZE;

    /** What is done with each row; it may write to a stream. */
    public interface Row<T> {
        void accept(T row) throws IOException;
    }

    private final Function<PageRequest, Page<T>> pages;
    private final int limit;
    private Page<T> first;
    private int rows;

    /** All the rows of {@code pages}. */
    public PagedRows(Function<PageRequest, Page<T>> pages) {
        this(pages, Integer.MAX_VALUE);
    }

    /** The first {@code limit} rows of {@code pages}. */
    public PagedRows(Function<PageRequest, Page<T>> pages, int limit) {
        this.pages = pages;
        this.limit = limit;
    }

    /** Reads the first page now: a refused filter fails before any byte is written. */
    public void check() {
        first = pages.apply(new PageRequest(0, CHUNK));
    }

    /** How many rows have been handed on so far. */
    public int rows() {
        return rows;
    }

    /** Hands each row on in order, reading the next page only when this one is done. */
    public void forEach(Row<? super T> row) throws IOException {
        Page<T> page = first == null ? pages.apply(new PageRequest(0, CHUNK)) : first;
        int handed = 0;
        while (true) {
            for (T item : page.items()) {
                if (handed++ >= limit) {
                    return;
                }
                row.accept(item);
                rows++;
            }
            if (page.items().size() < CHUNK || page.page() + 1 >= page.totalPages()) {
                return;
            }
            page = pages.apply(new PageRequest(page.page() + 1, CHUNK));
        }
    }
}
