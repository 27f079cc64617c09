<?php
// A worker keeps its services in a static registry that boot() is handed
// as an array. The rate cache it holds memoises quotes by the request's
// quote id, so every request adds an entry to an object that lives as
// long as the registry, the whole process.

final class Services
{
    /** @var array<string, object> */
    private static array $services = [];

    public static function boot(array $services): void
    {
        self::$services = $services;
    }

    public static function rates(): RateCache
    {
        return self::$services['rates'];
    }
}

final class RateCache
{
    /** @var array<string, array{cents: int, note: string}> */
    private array $quotes = [];

    public function remember(string $quoteId, int $cents): void
    {
        $this->quotes[$quoteId] = ['cents' => $cents, 'note' => str_repeat('quoted ', 80)]; // leak
    }
}

Services::boot(['rates' => new RateCache()]);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = json_decode(json_encode(['quote_id' => sprintf('q_%08d', $i), 'cents' => 990 + $i % 50]), true);
    Services::rates()->remember($request['quote_id'], $request['cents']);
}
