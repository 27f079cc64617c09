<?php
declare(strict_types=1);

namespace Laravel\Octane\Events;

final class WorkerStarting
{
    public function __construct(public readonly object $app)
    {
    }
}

final class RequestReceived
{
    public function __construct(public readonly object $app, public readonly array $request)
    {
    }
}

final class RequestTerminated
{
    public function __construct(public readonly object $app, public readonly array $request, public readonly array $response)
    {
    }
}

final class WorkerStopping
{
    public function __construct(public readonly object $app)
    {
    }
}
