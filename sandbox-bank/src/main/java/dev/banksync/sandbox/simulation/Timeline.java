package dev.banksync.sandbox.simulation;

import dev.banksync.sandbox.ledger.ChangeKind;
import dev.banksync.sandbox.ledger.SimTransaction;

/** Where the simulation's generators put what happens: bookings now or later, and log changes on a day. */
interface Timeline {

    /** Books a money movement on the day being simulated. */
    void book(Booking booking);

    /** Books a money movement on a later day (a refund, say). */
    void bookOn(int day, Booking booking);

    /** Records a change that becomes visible on {@code day} (today or later). */
    void change(int day, ChangeKind kind, SimTransaction transaction);
}
