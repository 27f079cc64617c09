<?php
namespace App\Pricing;

use App\Http\QuoteRequest;

final class SurgeKey
{
    public function __construct(private string $prefix, private ZoneMap $zones) {}

    public function forRequest(QuoteRequest $request): string
    {
        return $this->compose($this->area($request), $request->vehicleClass);
    }

    public function area(QuoteRequest $request): string
    {
        return $this->zones->zoneAt($request->pickupLat, $request->pickupLng);
    }

    private function compose(string ...$parts): string
    {
        return $this->prefix . ':' . implode(':', $parts);
    }
}
