<?php

declare(strict_types=1);

namespace Acme\Runners\Runner;

use Acme\Runners\Concerns\RemembersLastSeen;

final class RunnerRegistry
{
    use RemembersLastSeen;

    /** @var array<string, string> runner id => token hash, loaded at boot */
    private array $registered = [];

    public function register(string $runnerId, string $token): void
    {
        $this->registered[$runnerId] = hash('sha256', $token);
    }

    public function authenticate(string $runnerId, string $token): bool
    {
        return isset($this->registered[$runnerId]) && hash_equals($this->registered[$runnerId], hash('sha256', $token));
    }

    public function heartbeat(Heartbeat $beat): void
    {
        static::rememberSeen($this->trackingKey($beat), $beat->toSnapshot());
    }

    private function trackingKey(Heartbeat $beat): string
    {
        // one entry per registered runner; the snapshot names the job it reported last
        return isset($this->registered[$beat->runnerId]) ? sprintf('runner:%s', $beat->runnerId) : 'runner:unregistered';
    }
}
