<?php

namespace App\Security;

use Crell\Tukio\Dispatcher;
use Crell\Tukio\OrderedListenerProvider;

final class Request
{
    public function __construct(public readonly string $id, public readonly string $ip, public readonly array $headers) {}
}

final class LoginSucceeded
{
    public function __construct(public readonly int $userId) {}
}

final class AuditLog
{
    public int $entries = 0;

    public function record(string $ip, int $userId, string $userAgent): void
    {
        $this->entries++;
    }
}

final class AuditMiddleware
{
    public function __construct(private AuditLog $audit) {}

    public function process(Request $request, callable $next): int
    {
        $provider = new OrderedListenerProvider();
        $provider->addListener(function (LoginSucceeded $event) use ($request): void {
            $this->audit->record($request->ip, $event->userId, $request->headers['user-agent']);
        }, id: 'audit.' . $request->id);

        return $next($request, new Dispatcher($provider));
    }
}
