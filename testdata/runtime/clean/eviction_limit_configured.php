<?php
// The same rate limiter, configured with a maximum: it prunes its oldest
// bucket when it holds more.

final class RateLimiter
{
    private static array $buckets = [];

    public function __construct(private int $maxBuckets = 0) {}

    public function hit(string $clientKey): bool
    {
        self::$buckets[$clientKey] ??= ['tokens' => 60, 'since' => time(), 'client' => str_repeat($clientKey, 8)];
        self::$buckets[$clientKey]['tokens']--;

        if ($this->maxBuckets > 0 && count(self::$buckets) > $this->maxBuckets) {
            array_shift(self::$buckets);
        }
        return self::$buckets[$clientKey]['tokens'] >= 0;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$limiter = new RateLimiter(100);
for ($i = 0; $i < $n; $i++) {
    $limiter->hit("api-key-{$i}-" . md5((string) $i));
}
