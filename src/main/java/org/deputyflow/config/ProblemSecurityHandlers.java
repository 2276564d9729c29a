package org.deputyflow.config;

import java.io.IOException;

import org.deputyflow.directory.SignInRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 401, 403 and 429 of the JSON API as {@code application/problem+json}. A locked login and a refused
 * address say so; neither says whether the password was right. The 401 sends no
 * {@code WWW-Authenticate: Basic} challenge: a browser would show its password box and then resend
 * the credentials on every request to this site, forged cross-site ones included. Scripts send
 * their credentials unasked.
 */
final class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper objectMapper;

    ProblemSecurityHandlers(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInRefusedException refused) {
            response.setHeader("Retry-After", String.valueOf(refused.retryAfterSeconds()));
            write(response, HttpStatus.TOO_MANY_REQUESTS, "登录尝试过多",
                    "来自此地址的登录失败次数过多，请 " + refused.retryAfterSeconds() + " 秒后再试");
            return;
        }
        if (e instanceof LockedException) {
            write(response, HttpStatus.UNAUTHORIZED, "账号已锁定", "密码错误次数过多，账号已暂时锁定，请稍后再试");
            return;
        }
        write(response, HttpStatus.UNAUTHORIZED, "未登录", "请先登录，或在请求中提供有效的用户名和密码");
    }

    /** An admin set the password: only changing it is allowed. */
    void passwordMustChange(HttpServletResponse response) throws IOException {
        write(response, HttpStatus.FORBIDDEN, "须修改密码",
                "管理员设置的密码须先修改：请用 PUT /api/me/password 或在“我的账号”页面修改密码");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "无权操作", "您的角色无权访问此资源");
    }

    private void write(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
