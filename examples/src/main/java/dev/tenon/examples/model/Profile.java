package dev.tenon.examples.model;

import dev.tenon.ForeignKey;
import dev.tenon.Id;
import dev.tenon.Table;

/** Where a user is at home. A user may have no profile: {@code appUser.profiles} is to-many. */
@Table("profile")
public record Profile(
    @Id long id,
    @ForeignKey(value = AppUser.class, related = "profiles") long userId,
    String homeCountry) {}
