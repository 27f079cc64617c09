<?php
// A pricing API under Laravel Octane. The quote service memoises quotes
// by request id in a private array. After every request the worker's
// RequestTerminated listener empties it from outside, with a closure run
// in the service's scope (->call), as Octane apps reset third-party
// singletons whose state has no public reset method.

namespace App\Pricing {
    final class QuoteService
    {
        /** @var array<string, array{sku: string, price: float, notes: string}> */
        private array $quotes = [];

        public function quote(string $requestId, string $sku): float
        {
            $this->quotes[$requestId] ??= ['sku' => $sku, 'price' => 10.0 + crc32($sku) % 90, 'notes' => str_repeat('n', 700)];

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
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $requestId = bin2hex(random_bytes(8)) . '-' . $i;
        $service->quote($requestId, 'SKU-' . ($i % 40));
        $listener->handle(); // RequestTerminated
    }
}
