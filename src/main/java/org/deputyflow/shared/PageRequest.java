package org.deputyflow.shared;

/**
 * A page of a list, numbered from 0. Every list in DeputyFlow pages in the database.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw new BadRequestException("page", "error.page.negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("size", "error.page.size", MAX_SIZE);
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
