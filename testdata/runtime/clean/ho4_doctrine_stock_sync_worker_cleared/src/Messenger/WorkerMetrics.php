<?php

declare(strict_types=1);

namespace App\Messenger;

final class WorkerMetrics
{
    /** @var array<string, int> */
    private array $counters = ['ok' => 0, 'failed' => 0];

    public function __invoke(object $message, ?\Throwable $error): void
    {
        $this->counters[$error === null ? 'ok' : 'failed']++;
    }

    /**
     * @return array<string, int>
     */
    public function snapshot(): array
    {
        return $this->counters;
    }
}
