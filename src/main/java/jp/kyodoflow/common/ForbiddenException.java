package jp.kyodoflow.common;

/** The person is known but their role does not allow the action. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
