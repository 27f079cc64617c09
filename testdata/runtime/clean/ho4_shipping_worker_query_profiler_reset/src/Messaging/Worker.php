<?php
declare(strict_types=1);

namespace App\Messaging;

use App\Profiler\ResetInterface;

final class Worker
{
    private int $processed = 0;
    private int $failed = 0;

    /**
     * @param array<class-string, callable> $handlers
     * @param iterable<ResetInterface>       $resettable
     */
    public function __construct(private array $handlers, private iterable $resettable = [])
    {
    }

    public function handle(object $message): void
    {
        $handler = $this->handlers[$message::class] ?? null;
        if ($handler === null) {
            $this->failed++;

            return;
        }
        try {
            $handler($message);
            $this->processed++;
        } catch (\Throwable) {
            $this->failed++;
        } finally {
            $this->resetServices();
        }
    }

    private function resetServices(): void
    {
        foreach ($this->resettable as $service) {
            $service->reset();
        }
    }
}
