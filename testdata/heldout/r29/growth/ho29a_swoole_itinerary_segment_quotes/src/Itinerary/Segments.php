<?php

namespace Trip\Itinerary;

abstract class Segment
{
    public function __construct(
        public readonly string $reference,
        public readonly string $startsAt,
        public readonly string $endsAt,
        public readonly string $supplier,
        public readonly array $travellers,
    ) {
    }

    abstract public function kind(): string;

    public function fingerprint(): string
    {
        return md5(implode('|', [$this->kind(), $this->reference, $this->startsAt, $this->endsAt, $this->supplier, count($this->travellers)]));
    }
}

final class FlightSegment extends Segment
{
    public function __construct(
        string $reference,
        string $startsAt,
        string $endsAt,
        string $supplier,
        array $travellers,
        public readonly string $from,
        public readonly string $to,
        public readonly string $fareClass,
    ) {
        parent::__construct($reference, $startsAt, $endsAt, $supplier, $travellers);
    }

    public function kind(): string
    {
        return 'flight';
    }
}

final class HotelStaySegment extends Segment
{
    public function __construct(
        string $reference,
        string $startsAt,
        string $endsAt,
        string $supplier,
        array $travellers,
        public readonly string $roomType,
        public readonly string $board,
    ) {
        parent::__construct($reference, $startsAt, $endsAt, $supplier, $travellers);
    }

    public function kind(): string
    {
        return 'hotel';
    }

    public function nights(): int
    {
        return max(1, (int) ((strtotime($this->endsAt) - strtotime($this->startsAt)) / 86400));
    }
}

final class TransferSegment extends Segment
{
    public function kind(): string
    {
        return 'transfer';
    }
}
