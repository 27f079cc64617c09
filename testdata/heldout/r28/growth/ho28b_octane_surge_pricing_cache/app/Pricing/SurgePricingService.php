<?php
namespace App\Pricing;

use App\Http\QuoteRequest;
use Illuminate\Support\Facades\Cache;

final class SurgePricingService
{
    public function __construct(
        private DemandModel $demand,
        private SurgeKey $keys,
        private string $store,
        private int $ttl,
    ) {}

    public function multiplierFor(QuoteRequest $request): SurgeQuote
    {
        $key = $this->keys->forRequest($request);
        $cached = Cache::store($this->store)->get($key);
        if ($cached instanceof SurgeQuote) {
            return $cached;
        }

        $quote = $this->demand->quote($this->keys->area($request), $request->vehicleClass, $request->requestedAt);
        $this->remember($key, $quote);

        return $quote;
    }

    private function remember(string $key, SurgeQuote $quote): void
    {
        Cache::store($this->store)->put($key, $quote, $this->ttl); // leak
    }
}
