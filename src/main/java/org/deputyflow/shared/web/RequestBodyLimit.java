package org.deputyflow.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.deputyflow.shared.Text;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than {@code deputyflow.web.max-request-body} (2 MB) with 413 before anybody
 * reads it, signed in or not: nothing DeputyFlow takes in (a suggestion, a reply, a year's calendar) comes
 * near it, and a body of many megabytes would otherwise be parsed in full before validation refuses it.
 * A body of unknown length (chunked) is counted as it is read and stops at the limit. A file upload
 * ({@code multipart/form-data}) may be as large as {@code deputyflow.attachments.max-size} and 1 MB for the form.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimit extends OncePerRequestFilter {

    private final long limit;
    private final long uploadLimit;
    private final ObjectMapper objectMapper;
    private final Problems problems;

    RequestBodyLimit(
            @Value("${deputyflow.web.max-request-body:2MB}") DataSize limit,
            @Value("${deputyflow.attachments.max-size:20MB}") DataSize maxFile,
            ObjectMapper objectMapper,
            Problems problems) {
        this.problems = problems;
        this.limit = limit.toBytes();
        this.uploadLimit =
                Math.max(this.limit, maxFile.toBytes() + DataSize.ofMegabytes(1).toBytes());
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        String type = request.getContentType();
        long max =
                type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data") ? uploadLimit : limit;
        if (length > max) {
            refuse(request, response, max);
            return;
        }
        chain.doFilter(length < 0 ? new Counted(request, max) : request, response);
    }

    /** 413: problem JSON to the API, the error page to a browser. */
    void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
            return;
        }
        ProblemDetail problem = problems.of(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge(limit), request);
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

    /** "The request body exceeds 2 MB" in the reader's language. */
    static Text tooLarge(long limit) {
        long megabyte = DataSize.ofMegabytes(1).toBytes();
        String size = limit % megabyte == 0
                ? limit / megabyte + " MB"
                : DataSize.ofBytes(limit).toKilobytes() + " KB";
        return Text.of("error.requestTooLarge", size);
    }

    /** Thrown by the counted stream past the limit; {@link ApiExceptionHandler} answers 413. */
    static final class TooLarge extends IOException {

        final long limit;

        TooLarge(long limit) {
            super("The request body exceeds " + limit + " bytes");
            this.limit = limit;
        }
    }

    private static final class Counted extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Counted(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long count;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws TooLarge {
            count += n;
            if (count > limit) {
                throw new TooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
