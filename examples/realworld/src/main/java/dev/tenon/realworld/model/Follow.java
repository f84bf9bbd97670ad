package dev.tenon.realworld.model;

import dev.tenon.ForeignKey;
import dev.tenon.Id;
import dev.tenon.Table;

/**
 * "{@code followerId} follows {@code followedId}". On {@link User} this gives {@code followers}
 * (the rows where that user is followed), which the profile's {@code following} flag reads.
 */
@Table("follows")
public record Follow(
    @Id @ForeignKey(value = User.class, name = "follower", related = "followings") long followerId,
    @Id @ForeignKey(value = User.class, name = "followed", related = "followers") long followedId) {}
