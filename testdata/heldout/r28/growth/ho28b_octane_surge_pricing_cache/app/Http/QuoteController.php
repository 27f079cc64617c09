<?php
namespace App\Http;

use App\Pricing\FareCalculator;
use App\Pricing\SurgePricingService;

final class QuoteController
{
    public function __construct(
        private SurgePricingService $surge,
        private FareCalculator $fares,
    ) {}

    public function __invoke(QuoteRequest $request): array
    {
        $surge = $this->surge->multiplierFor($request);
        $fare = $this->fares->estimate($request, $surge->multiplier);

        return [
            'rider_id' => $request->riderId,
            'vehicle_class' => $request->vehicleClass,
            'fare_cents' => $fare,
            'surge' => $surge->multiplier,
            'surge_reason' => $surge->headline(),
        ];
    }
}
