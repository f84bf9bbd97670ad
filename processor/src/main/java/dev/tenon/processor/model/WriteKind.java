package dev.tenon.processor.model;

/** The statement a write method runs. */
public enum WriteKind {
  INSERT("@Insert"),
  UPDATE("@Update"),
  DELETE("@Delete"),
  UPSERT("@Upsert");

  private final String annotation;

  WriteKind(String annotation) {
    this.annotation = annotation;
  }

  /** How users write it: {@code @Insert}. */
  public String annotation() {
    return annotation;
  }
}
