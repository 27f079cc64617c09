<?php
// A pricing API under Laravel Octane. The quote service memoises quotes
// by request id in a private array. The listener that empties it from
// outside, with a closure run in the service's scope (->call), is wired
// to WorkerStopping, not RequestTerminated: it runs once, when the
// worker stops, and every request's quote stays until then.

namespace App\Pricing {
    final class QuoteService
    {
        /** @var array<string, array{sku: string, price: float, notes: string}> */
        private array $quotes = [];

        public function quote(string $requestId, string $sku): float
        {
            $this->quotes[$requestId] ??= ['sku' => $sku, 'price' => 10.0 + crc32($sku) % 90, 'notes' => str_repeat('n', 700)]; // leak

            return $this->quotes[$requestId]['price'];
        }
    }

    final class FlushQuotes
    {
        public function __construct(private QuoteService $quotes)
        {
        }

        public function handle(): void
        {
            (function (): void {
                $this->quotes = [];
            })->call($this->quotes);
        }
    }
}

namespace {
    use App\Pricing\FlushQuotes;
    use App\Pricing\QuoteService;

    $service = new QuoteService();
    $listener = new FlushQuotes($service);
    register_shutdown_function([$listener, 'handle']); // WorkerStopping
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $requestId = bin2hex(random_bytes(8)) . '-' . $i;
        $service->quote($requestId, 'SKU-' . ($i % 40));
    }
}
