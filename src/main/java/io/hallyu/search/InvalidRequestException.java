package io.hallyu.search;

/** A request parameter a user got wrong; the HTTP layer answers 400 naming the parameter. */
public class InvalidRequestException extends RuntimeException {
  private final String parameter;

  public InvalidRequestException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
