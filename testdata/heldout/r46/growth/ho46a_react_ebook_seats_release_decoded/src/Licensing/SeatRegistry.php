<?php

namespace App\Licensing;

/**
 * Concurrent-reader seats per licensed title (one-copy-one-user and
 * metered licences). Lives as long as the server process.
 */
final class SeatRegistry
{
    private \SplObjectStorage $open;

    /** @var array<string, int> seats per ISBN from the licence feed */
    public function __construct(private array $seatsPerIsbn)
    {
        $this->open = new \SplObjectStorage();
    }

    public function tryAcquire(LicenceLease $lease): bool
    {
        if ($this->inUse($lease->isbn) >= ($this->seatsPerIsbn[$lease->isbn] ?? 1)) {
            return false;
        }
        $this->open->attach($lease, ['opened' => hrtime(true)]); // leak

        return true;
    }

    public function release(LicenceLease $lease): void
    {
        $this->open->detach($lease);
    }

    public function inUse(string $isbn): int
    {
        $n = 0;
        foreach ($this->open as $lease) {
            $n += $lease->isbn === $isbn ? 1 : 0;
        }

        return $n;
    }
}
