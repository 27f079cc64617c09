<?php
// The guard looks like a memo loaded by a helper, but the helper records the
// miss in another property and never fills the one the guard tests: it runs,
// and grows, on every request.

final class RateTable
{
    private ?array $rates = null;
    /** @var list<array{string, string}> */
    private array $misses = [];

    public function rateFor(string $country): float
    {
        if ($this->rates === null) {
            $this->noteMiss($country);
        }
        return $this->rates[$country] ?? 0.0;
    }

    private function noteMiss(string $country): void
    {
        $this->misses[] = [$country, str_repeat("miss {$country} ", 50)]; // leak
    }
}

final class CheckoutHandler
{
    public function __construct(private RateTable $rates) {}

    public function handle(array $request): float
    {
        return $request['net'] * (1 + $this->rates->rateFor($request['country']));
    }
}

$handler = new CheckoutHandler(new RateTable());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
while ($n-- > 0) {
    $handler->handle(['country' => 'C' . $n, 'net' => 100.0]);
}
