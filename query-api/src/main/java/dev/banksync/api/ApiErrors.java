package dev.banksync.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Bad requests get an RFC 9457 problem naming the parameter and what was wrong with it, not a stack trace. */
@RestControllerAdvice
public class ApiErrors {

    /** Longest piece of a rejected value echoed back: enough to recognise it, never a whole pasted payload. */
    private static final int ECHO_MAX = 40;

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** A parameter Spring could not convert, e.g. {@code month=2026-13}. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getName() + " '" + echo(e.getValue())
                + "' is not " + expected(e.getRequiredType()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getParameterName() + " is required");
    }

    static String expected(Class<?> type) {
        if (type == YearMonth.class) {
            return "a month YYYY-MM, e.g. 2026-01";
        }
        if (type == LocalDate.class) {
            return "a date YYYY-MM-DD, e.g. 2026-01-31";
        }
        if (type == Instant.class) {
            return "an ISO-8601 UTC instant, e.g. 2026-01-31T00:00:00Z";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type != null && type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return "a valid " + (type == null ? "value" : type.getSimpleName());
    }

    private static String echo(Object value) {
        String text = String.valueOf(value);
        return text.length() <= ECHO_MAX ? text : text.substring(0, ECHO_MAX) + "…";
    }
}
