<?php
namespace App\Pricing;

use App\Http\QuoteRequest;

final class SurgeKey
{
    public function __construct(private string $prefix) {}

    public function forRequest(QuoteRequest $request): string
    {
        return $this->compose($request->pickupCell(), $request->vehicleClass);
    }

    public function area(QuoteRequest $request): string
    {
        return $request->pickupCell();
    }

    private function compose(string ...$parts): string
    {
        return $this->prefix . ':' . implode(':', $parts);
    }
}
