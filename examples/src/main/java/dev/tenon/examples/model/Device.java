package dev.tenon.examples.model;

import dev.tenon.Id;
import dev.tenon.Table;

/** A phone, tablet or kiosk that saves coupons: {@code device.coupons}. */
@Table("device")
public record Device(@Id long id, String name) {}
