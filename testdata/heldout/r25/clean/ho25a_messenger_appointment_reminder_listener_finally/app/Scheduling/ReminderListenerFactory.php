<?php

declare(strict_types=1);

namespace App\Scheduling;

use App\Message\BookAppointment;
use App\Notification\ReminderOutbox;

final class ReminderListenerFactory
{
    private const OFFSETS = ['sms' => '-1 day', 'email' => '-3 days', 'push' => '-2 hours'];

    public function __construct(private readonly ReminderOutbox $outbox)
    {
    }

    /**
     * Listener that turns the reservation of this booking's slot into the
     * reminders the patient asked for.
     */
    public function forBooking(BookAppointment $booking): \Closure
    {
        $outbox = $this->outbox;
        $channels = array_intersect_key(self::OFFSETS, array_flip($booking->reminderChannels));

        return static function (SlotReserved $event) use ($booking, $outbox, $channels): void {
            if ($event->providerId !== $booking->providerId) {
                return;
            }
            foreach ($channels as $channel => $offset) {
                $outbox->push([
                    'channel' => $channel,
                    'to' => $channel === 'sms' ? $booking->contactPhone : $booking->contactEmail,
                    'send_at' => $event->start->modify($offset)->format(DATE_ATOM),
                    'template' => 'appointment_reminder',
                    'appointment' => $event->appointmentId,
                ]);
            }
        };
    }
}
