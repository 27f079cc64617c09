<?php
// A generic memoize helper caches by the serialized arguments of every call.

function memoize(callable $fn, mixed ...$args): mixed
{
    static $results = [];
    $key = md5(serialize($args));
    if (!array_key_exists($key, $results)) {
        $results[$key] = $fn(...$args); // leak
    }
    return $results[$key];
}

function shippingQuote(string $country, float $weight): array
{
    return ['country' => $country, 'weight' => $weight, 'options' => array_fill(0, 6, str_repeat('Standard ', 8))];
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    memoize('shippingQuote', 'NL', 0.5 + $i);
}
