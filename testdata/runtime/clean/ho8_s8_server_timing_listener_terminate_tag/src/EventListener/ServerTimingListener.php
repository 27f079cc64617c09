<?php

namespace App\EventListener;

use Symfony\Component\HttpKernel\Event\ResponseEvent;

final class ServerTimingListener
{
    /** @var list<array{name: string, dur: float, desc: string}> */
    private array $metrics = [];

    public function add(string $name, float $durationMs, string $description = ''): void
    {
        $this->metrics[] = ['name' => $name, 'dur' => $durationMs, 'desc' => $description];
    }

    public function onKernelResponse(ResponseEvent $event): void
    {
        $event->response->headers['Server-Timing'] = implode(', ', array_map(fn (array $m) => sprintf('%s;dur=%.1f', $m['name'], $m['dur']), $this->metrics));
    }

    public function onKernelTerminate(): void
    {
        $this->metrics = [];
    }
}
