<?php

declare(strict_types=1);

namespace App\Handler;

use Acme\EventDispatcher\EventDispatcher;
use App\Message\BookAppointment;
use App\Notification\ReminderOutbox;
use App\Scheduling\ReminderListenerFactory;
use App\Scheduling\SlotReservationService;
use App\Scheduling\SlotReserved;
use App\Scheduling\SlotUnavailable;

final class BookAppointmentHandler
{
    public function __construct(
        private readonly EventDispatcher $dispatcher,
        private readonly SlotReservationService $slots,
        private readonly ReminderListenerFactory $reminders,
        private readonly ReminderOutbox $outbox,
    ) {
    }

    /** @return array{request: string, status: string, appointment?: string, reason?: string} */
    public function __invoke(BookAppointment $message): array
    {
        $listener = $this->reminders->forBooking($message);
        $this->dispatcher->addListener(SlotReserved::class, $listener);

        try {
            $reserved = $this->slots->reserve($message->providerId, $message->requestedStart, $message->durationMinutes);
        } catch (SlotUnavailable $e) {
            return ['request' => $message->requestId, 'status' => 'rejected', 'reason' => $e->getMessage()];
        } finally {
            $this->dispatcher->removeListener(SlotReserved::class, $listener);
        }

        $this->outbox->relay();

        return ['request' => $message->requestId, 'status' => 'booked', 'appointment' => $reserved->appointmentId];
    }
}
