<?php
// A token-bucket rate limiter keeps Closure::fromCallable([$this, 'refill']) in its own $onTick property.

final class TokenBucket
{
    private Closure $onTick;
    private float $tokens;
    private array $clients = [];

    public function __construct(private string $name, private int $capacity, private float $ratePerSecond)
    {
        $this->tokens = $capacity;
        $this->onTick = Closure::fromCallable([$this, 'refill']); // leak
        $this->clients = array_fill(0, 20, str_repeat('c', 32));
    }

    private function refill(float $elapsed): void
    {
        $this->tokens = min($this->capacity, $this->tokens + $elapsed * $this->ratePerSecond);
    }

    public function attempt(float $elapsed): bool
    {
        ($this->onTick)($elapsed);
        if ($this->tokens < 1) {
            return false;
        }
        $this->tokens--;
        return true;
    }
}

function handle(int $i): bool
{
    $bucket = new TokenBucket("api-key-{$i}", 60, 1.5);
    return $bucket->attempt(0.25) && $bucket->attempt(0.5);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i);
}
