package org.deputyflow.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.ForbiddenException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the JSON API into {@code application/problem+json} whose status says
 * whose fault it is and whose detail a person can act on. A client mistake never becomes a 500, and an
 * unreachable database is a 503 ({@link DatabaseUnavailable}).
 * Controllers marked {@link PageController} get the error page of {@link PageExceptionHandler} instead.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Problems problems;

    ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problems.of(HttpStatus.NOT_FOUND, e);
    }

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, e);
        if (e.field() != null) {
            problem.setProperty("errors", Map.of(e.field(), problem.getDetail()));
        }
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problems.of(HttpStatus.CONFLICT, e);
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail refused(ForbiddenException e) {
        return problems.of(HttpStatus.FORBIDDEN, e);
    }

    @ExceptionHandler({
        TaskAlreadyClaimedException.class,
        OptimisticLockingException.class,
        PessimisticLockingFailureException.class,
        DuplicateKeyException.class
    })
    ProblemDetail lostRace(RuntimeException e) {
        log.info("Concurrent change refused: {}", e.getMessage());
        return problems.of(HttpStatus.CONFLICT, "error.concurrentChange");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problems.of(HttpStatus.FORBIDDEN, "error.roleForbidden");
    }

    /** A fault of ours, not the caller's: logged in full, answered without internals. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseUnavailable.causedBy(e)) {
            log.warn("Database unreachable: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER)
                    .body(problems.of(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.TEXT));
        }
        log.error("Unexpected error", e);
        return ResponseEntity.internalServerError()
                .body(problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.putIfAbsent(error.getField(), error.getDefaultMessage());
        }
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> errors.putIfAbsent(error.getObjectName(), error.getDefaultMessage()));
        ProblemDetail problem =
                problems.of(HttpStatus.BAD_REQUEST, "error.invalidFields", String.join(", ", errors.keySet()));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problems.of(HttpStatus.BAD_REQUEST, "error.invalidParameters"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyLimit.TooLarge tooLarge) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                        .body(problems.of(HttpStatus.PAYLOAD_TOO_LARGE, RequestBodyLimit.tooLarge(tooLarge.limit)));
            }
        }
        return ResponseEntity.badRequest().body(problems.of(HttpStatus.BAD_REQUEST, "error.unreadableBody"));
    }

    /** A file over {@code deputyflow.attachments.max-size}, refused by the container or by the upload itself. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        long limit = e.getMaxUploadSize();
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .body(problems.of(
                        HttpStatus.PAYLOAD_TOO_LARGE,
                        limit > 0 ? RequestBodyLimit.tooLarge(limit) : Text.of("error.uploadTooLarge")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "error.invalidParameter", e.getName());
        problem.setProperty("errors", Map.of(e.getName(), problems.text(Text.of("error.invalidValue"))));
        return problem;
    }
}
