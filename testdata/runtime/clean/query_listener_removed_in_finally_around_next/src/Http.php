<?php

namespace App\Http;

use Symfony\Component\EventDispatcher\EventDispatcher;

final class QueryTimingMiddleware
{
    public function __construct(private EventDispatcher $events)
    {
    }

    public function handle(array $request, \Closure $next): string
    {
        $count = 0;
        $listener = function (object $query) use (&$count, $request): void {
            $count++;
            $query->tag = $request['path'];
        };
        $this->events->addListener('db.query', $listener);
        try {
            $response = $next($request);
        } finally {
            $this->events->removeListener('db.query', $listener);
        }

        return $response . " ($count queries)";
    }
}

final class OrderController
{
    public function __construct(private EventDispatcher $events)
    {
    }

    public function show(array $request): string
    {
        $this->events->dispatch(new \stdClass(), 'db.query');
        if ($request['id'] % 2 === 0) {
            throw new \RuntimeException('order ' . $request['id'] . ' not found');
        }

        return 'order ' . $request['id'];
    }
}
