package dev.tenon.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.ExtensionFactory;
import org.jdbi.v3.core.extension.HandleSupplier;

/**
 * JDBI extension factory for generated DAOs. Not API: installed by {@code TenonPlugin}.
 *
 * <p>Each {@code @Dao} interface {@code p.Outer.Inner} has a generated {@code p.TenonOuter_Inner}
 * with a {@code public static final Function<Handle, Inner> TENON_FACTORY}. That field is read by
 * reflection once per interface and cached; every later attach is a plain call.
 */
public final class TenonExtensionFactory implements ExtensionFactory {

  /** Field every generated DAO class declares; the processor writes it under this name. */
  public static final String FACTORY_FIELD = "TENON_FACTORY";

  private static final ClassValue<Function<Handle, ?>> FACTORIES =
      new ClassValue<>() {
        @Override
        protected Function<Handle, ?> computeValue(Class<?> type) {
          return findFactory(type);
        }
      };

  /** Each generated class's {@code Jdbi} constructor, for {@link TenonOnDemand}; looked up once. */
  private static final ClassValue<MethodHandle> ON_DEMAND =
      new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
          return findJdbiConstructor(type);
        }
      };

  /** {@code new Tenon<Name>(jdbi)} for a {@code @Dao} interface, or null for any other type. */
  static Object onDemand(Class<?> extensionType, Jdbi jdbi) {
    MethodHandle constructor = ON_DEMAND.get(extensionType);
    if (constructor == null) {
      return null;
    }
    try {
      return constructor.invoke(jdbi);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("could not create " + generatedClassName(extensionType), e);
    }
  }

  @Override
  public boolean accepts(Class<?> extensionType) {
    return extensionType.isInterface() && FACTORIES.get(extensionType) != null;
  }

  @Override
  public <E> E attach(Class<E> extensionType, HandleSupplier handleSupplier) {
    Function<Handle, ?> factory = FACTORIES.get(extensionType);
    if (factory == null) {
      throw new IllegalArgumentException(
          extensionType.getName()
              + " has no Tenon-generated class "
              + generatedClassName(extensionType)
              + ": is it annotated @Dao and is tenon-processor on the annotation processor path?");
    }
    return extensionType.cast(factory.apply(handleSupplier.getHandle()));
  }

  @Override
  public Set<FactoryFlag> getFactoryFlags() {
    // The generated class is the implementation: no proxy, no per-method handlers.
    return EnumSet.of(FactoryFlag.NON_VIRTUAL_FACTORY, FactoryFlag.DONT_USE_PROXY);
  }

  /** {@code p.Outer.Inner → p.TenonOuter_Inner}, the name the processor gives the class. */
  static String generatedClassName(Class<?> type) {
    String packageName = type.getPackageName();
    String binary = type.getName();
    String simple = packageName.isEmpty() ? binary : binary.substring(packageName.length() + 1);
    String generated = "Tenon" + simple.replace('$', '_');
    return packageName.isEmpty() ? generated : packageName + "." + generated;
  }

  private static MethodHandle findJdbiConstructor(Class<?> type) {
    if (FACTORIES.get(type) == null) {
      return null;
    }
    try {
      Class<?> generated = Class.forName(generatedClassName(type), false, type.getClassLoader());
      return MethodHandles.publicLookup()
          .findConstructor(generated, MethodType.methodType(void.class, Jdbi.class));
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }

  private static Function<Handle, ?> findFactory(Class<?> type) {
    if (!type.isInterface()) {
      return null;
    }
    Class<?> generated;
    try {
      generated = Class.forName(generatedClassName(type), true, type.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
    if (!type.isAssignableFrom(generated)) {
      return null;
    }
    try {
      Field field = generated.getField(FACTORY_FIELD);
      if (!Modifier.isStatic(field.getModifiers())) {
        return null;
      }
      return (Function<Handle, ?>) field.get(null);
    } catch (ReflectiveOperationException | ClassCastException e) {
      return null;
    }
  }
}
