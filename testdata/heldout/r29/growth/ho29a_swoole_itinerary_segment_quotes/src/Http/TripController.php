<?php

namespace Trip\Http;

use Swoole\Http\Request;
use Swoole\Http\Response;
use Trip\Itinerary\ItineraryBuilder;
use Trip\Pricing\SegmentPricer;

final class TripController
{
    public function __construct(
        private readonly ItineraryBuilder $builder,
        private readonly SegmentPricer $pricer,
    ) {
    }

    public function __invoke(Request $request, Response $response): void
    {
        $itinerary = $this->builder->fromPayload(json_decode($request->getContent(), true));
        $lines = [];
        foreach ($itinerary->segments() as $segment) {
            $quote = $this->pricer->price($segment, $itinerary->currency);
            $lines[] = ['ref' => $segment->reference, 'gross' => $quote->gross()];
        }
        $response->header('Content-Type', 'application/json');
        $response->end(json_encode([
            'trip' => $itinerary->tripId,
            'lines' => $lines,
            'total' => $this->pricer->total($itinerary),
        ]));
    }
}
