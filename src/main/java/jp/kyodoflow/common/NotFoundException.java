package jp.kyodoflow.common;

/** A record the person may not see, or that does not exist: both answer 404, so ids do not leak. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
