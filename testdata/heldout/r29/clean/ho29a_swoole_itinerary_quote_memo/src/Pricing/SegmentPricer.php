<?php

namespace Trip\Pricing;

use Trip\Itinerary\FlightSegment;
use Trip\Itinerary\HotelStaySegment;
use Trip\Itinerary\Itinerary;
use Trip\Itinerary\Segment;

final class SegmentPricer
{
    use MemoizesSegmentQuotes;

    private const TAX_RATE = ['flight' => 0.12, 'hotel' => 0.06, 'transfer' => 0.23];

    public function __construct(private readonly array $nightlyRates)
    {
    }

    public function price(Segment $segment, string $currency): Quote
    {
        return $this->rememberQuote($segment, function (Segment $s) use ($currency): Quote {
            $net = match (true) {
                $s instanceof FlightSegment => 180.0 + 40 * count($s->travellers),
                $s instanceof HotelStaySegment => ($this->nightlyRates[$s->roomType] ?? 110.0) * $s->nights(),
                default => 35.0,
            };
            $taxes = round($net * self::TAX_RATE[$s->kind()], 2);

            return new Quote($net, $taxes, $currency, [
                'segment' => $s->kind() . ' ' . $s->reference,
                'supplier' => $s->supplier,
                'per_traveller' => round(($net + $taxes) / max(1, count($s->travellers)), 2),
            ]);
        });
    }

    public function total(Itinerary $itinerary): float
    {
        $sum = 0.0;
        foreach ($itinerary->segments() as $segment) {
            $sum += $this->price($segment, $itinerary->currency)->gross();
        }

        return $sum;
    }
}
