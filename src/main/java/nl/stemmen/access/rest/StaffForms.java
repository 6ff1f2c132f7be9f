package nl.stemmen.access.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks staff page resources whose POST forms carry a {@link FormToken}: {@link FormTokenCheck} refuses
 * a POST without the right one (403). Respondent pages are not marked: they have no sign-in to abuse.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface StaffForms {
}
