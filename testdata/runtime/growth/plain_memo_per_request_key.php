<?php
// Quotes are memoized in a static with ??=, but under the request's order id, so every request adds an entry.

final class Request
{
    public function __construct(public readonly string $id, public readonly string $country, public readonly array $lines) {}
}

final class QuoteCalculator
{
    /** @var array<string, array> */
    private static array $cache = [];

    public static function quote(Request $request): array
    {
        return self::$cache[$request->id] ??= self::compute($request); // leak
    }

    private static function compute(Request $request): array
    {
        $total = 0;
        foreach ($request->lines as $line) {
            $total += strlen($line);
        }
        return ['country' => $request->country, 'total' => $total, 'breakdown' => implode(',', $request->lines)];
    }
}

function handle_request(Request $request): int
{
    return QuoteCalculator::quote($request)['total'];
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_request(new Request("ORD-{$i}", 'DE', [str_repeat("sku-{$i} ", 40), str_repeat('gift-wrap ', 30)]));
}
