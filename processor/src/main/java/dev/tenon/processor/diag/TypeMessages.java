package dev.tenon.processor.diag;

/** Texts about how values are stored: converters. Tagged like {@link Messages}. */
public final class TypeMessages {
  private TypeMessages() {}

  public static String converter(String what, String reason) {
    return Messages.tag("converter", "@Convert on " + what + " cannot be used: " + reason);
  }

  public static String converterName(String field, String first, String second) {
    return Messages.tag(
        "converter",
        "two converters of this DAO, " + first + " and " + second + ", would share the constant "
            + field + "; rename one of the classes");
  }
}
