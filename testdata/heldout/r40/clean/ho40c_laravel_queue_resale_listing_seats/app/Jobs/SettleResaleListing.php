<?php

namespace App\Jobs;

use App\Models\ResaleListing;
use App\Models\Ticket;
use App\Services\PayoutLedger;
use App\Services\ResaleRules;
use Illuminate\Contracts\Queue\ShouldQueue;

final class SettleResaleListing implements ShouldQueue
{
    public function __construct(private array $payload)
    {
    }

    public function handle(ResaleRules $rules, PayoutLedger $ledger): void
    {
        $listing = new ResaleListing(
            $this->payload['listing_id'],
            $this->payload['seller_id'],
            $this->payload['event_id'],
            $this->payload['asking_cents'],
            $this->payload['listed_at'],
        );
        foreach ($this->payload['tickets'] as $row) {
            $listing->addTicket(new Ticket(
                $row['barcode'],
                $row['section'],
                $row['row'],
                $row['seat'],
                $row['face_cents'],
                $row['holder'],
            ));
        }

        foreach ($listing->tickets() as $ticket) {
            if (!$rules->withinCap($ticket)) {
                $ledger->reject($listing->id, 'price cap exceeded for ' . $ticket->seatLabel());

                return;
            }
        }

        $ledger->settle($listing->sellerId, $rules->payoutCents($listing->askingPriceCents));
    }
}
