<?php

declare(strict_types=1);

namespace App\Jobs;

use App\Mail\BookingConfirmationMailer;
use App\Scheduling\BookingContext;
use App\Scheduling\SlotInventory;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;

class HoldAppointmentSlots implements ShouldQueue
{
    use Dispatchable;
    use InteractsWithQueue;
    use Queueable;

    /** @param list<string> $slotIds */
    public function __construct(
        public string $reference,
        public string $patientId,
        public array $slotIds,
        public string $visitType,
        public string $requestedAt,
    ) {
    }

    public function handle(SlotInventory $inventory, BookingConfirmationMailer $mailer): void
    {
        $booking = new BookingContext($this->reference, $this->patientId, new \DateTimeImmutable($this->requestedAt));
        foreach ($this->slotIds as $slotId) {
            $booking->hold($inventory->find($slotId, $this->visitType));
        }

        $code = $inventory->confirm($booking);
        $mailer->send($this->patientId, $code, $booking->holds());
    }
}
