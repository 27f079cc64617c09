<?php

namespace App\Models;

final class ResaleListing
{
    private TicketBundle $tickets;

    public function __construct(
        public readonly string $id,
        public readonly int $sellerId,
        public readonly int $eventId,
        public readonly int $askingPriceCents,
        public readonly string $listedAt,
    ) {
        $this->tickets = new TicketBundle();
    }

    public function addTicket(Ticket $ticket): void
    {
        $this->tickets->push($ticket->forListing($this));
    }

    public function tickets(): TicketBundle
    {
        return $this->tickets;
    }

    public function faceValueCents(): int
    {
        return $this->tickets->sum(fn (Ticket $t) => $t->faceValueCents);
    }
}
