<?php
// A login guard keeps, per guard name (a fixed list), the recent failed
// attempts: each request appends one and sets the window to what
// recent() returns, the last 50 attempts younger than a minute.

final class Attempt
{
    public function __construct(public readonly string $user, public readonly string $agent, public readonly float $at)
    {
    }
}

final class Detector
{
    private array $windows = [];

    public function __construct(private int $max = 50, private int $decay = 60)
    {
    }

    public function record(string $guard, Attempt $attempt): void
    {
        $this->windows[$guard][] = $attempt;
        $this->windows[$guard] = $this->recent($guard);
    }

    private function recent(string $guard): array
    {
        $cutoff = microtime(true) - $this->decay;

        return array_slice(array_values(array_filter(
            $this->windows[$guard] ?? [],
            static fn (Attempt $a): bool => $a->at >= $cutoff,
        )), -$this->max);
    }
}

$detector = new Detector();
$guards = ['web', 'api', 'admin'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $detector->record($guards[$i % 3], new Attempt('user' . $i . '@example.com', str_repeat('Mozilla/5.0 ', 40), microtime(true)));
}
