package org.deputyflow.shared.web;

import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.ForbiddenException;
import org.deputyflow.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The friendly error page for {@link PageController}s: the same statuses the API gives (403, 404, 409,
 * 400), shown as the site's own page in the reader's language instead of problem JSON.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    private final MessageSource messages;

    PageExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return page(HttpStatus.NOT_FOUND, null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(AccessDeniedException e) {
        return page(HttpStatus.FORBIDDEN, null);
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView refused(ForbiddenException e) {
        return page(HttpStatus.FORBIDDEN, messages.getMessage(e, LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e) {
        return page(HttpStatus.CONFLICT, messages.getMessage(e, LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler({
        TaskAlreadyClaimedException.class,
        OptimisticLockingException.class,
        PessimisticLockingFailureException.class,
        DuplicateKeyException.class
    })
    ModelAndView lostRace(RuntimeException e) {
        log.info("Concurrent change refused: {}", e.getMessage());
        return page(HttpStatus.CONFLICT, null);
    }

    /**
     * The database is unreachable: the "service unavailable" page. Any other failure of these kinds is
     * ours and goes on to the server's error page.
     */
    @ExceptionHandler({
        DataAccessException.class,
        TransactionException.class,
        PersistenceException.class,
        ProcessEngineException.class
    })
    ModelAndView databaseUnavailable(RuntimeException e) {
        if (!DatabaseUnavailable.causedBy(e)) {
            throw e;
        }
        log.warn("Database unreachable: {}", e.toString());
        return page(HttpStatus.SERVICE_UNAVAILABLE, null);
    }

    @ExceptionHandler(BadRequestException.class)
    ModelAndView badRequest(BadRequestException e) {
        return page(HttpStatus.BAD_REQUEST, messages.getMessage(e, LocaleContextHolder.getLocale()));
    }

    /** {@code /suggestions/abc} names no page; {@code ?status=NONSENSE} is a bad filter. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e) {
        return e.getParameter().hasParameterAnnotation(PathVariable.class)
                ? page(HttpStatus.NOT_FOUND, null)
                : page(HttpStatus.BAD_REQUEST, null);
    }

    private static ModelAndView page(HttpStatus status, String detail) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        return page;
    }
}
