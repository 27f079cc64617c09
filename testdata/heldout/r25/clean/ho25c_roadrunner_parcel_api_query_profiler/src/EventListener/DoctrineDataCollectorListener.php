<?php

namespace App\EventListener;

use Acme\DBAL\Logging\DebugDataHolder;
use Acme\HttpKernel\ResponseEvent;

/**
 * Hands the request's queries to the profiler storage, then empties the
 * holder. Only pages that get the web debug toolbar are profiled.
 */
final class DoctrineDataCollectorListener
{
    public array $lastProfile = [];

    public function __construct(private DebugDataHolder $holder)
    {
    }

    public function __invoke(ResponseEvent $event): void
    {
        if ($this->isToolbarResponse($event)) {
            $this->lastProfile = ['token' => substr(sha1($event->request->path), 0, 6), 'queries' => $this->holder->getData()];
        }
        $this->holder->reset();
    }

    private function isToolbarResponse(ResponseEvent $event): bool
    {
        $type = $event->response->headers['content-type'] ?? '';

        return str_starts_with($type, 'text/html') && !isset($event->request->headers['x-requested-with']);
    }
}
