<?php

namespace App\Models;

final class Ticket
{
    /** @var null|\WeakReference<ResaleListing> */
    private ?\WeakReference $listing = null;

    public function __construct(
        public readonly string $barcode,
        public readonly string $section,
        public readonly string $row,
        public readonly int $seat,
        public readonly int $faceValueCents,
        public readonly string $holderEmail,
    ) {
    }

    public function forListing(ResaleListing $listing): static
    {
        $this->listing = \WeakReference::create($listing);

        return $this;
    }

    public function listing(): ?ResaleListing
    {
        return $this->listing?->get();
    }

    public function seatLabel(): string
    {
        return sprintf('%s / Row %s / Seat %d', $this->section, $this->row, $this->seat);
    }
}
