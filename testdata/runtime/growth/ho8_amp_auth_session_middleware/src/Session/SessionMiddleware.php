<?php

declare(strict_types=1);

namespace App\Session;

use Amp\Http\Server\{Middleware, Request, RequestHandler, Response};

final class SessionData
{
    public function __construct(public readonly string $id, public string $csrfToken, public array $attributes = []) {}
}

interface SessionStorage
{
    public function read(string $id): ?string;
    public function write(string $id, string $payload, int $ttl): void;
}

final class RedisSessionStorage implements SessionStorage
{
    public int $commands = 0;

    public function read(string $id): ?string { $this->commands++; return null; }
    public function write(string $id, string $payload, int $ttl): void { $this->commands++; }
}

final class SessionMiddleware implements Middleware
{
    /** @var array<string, SessionData> sessions opened by this worker */
    private array $open = [];

    public function __construct(private SessionStorage $storage, private int $ttl = 3600) {}

    public function handleRequest(Request $request, RequestHandler $requestHandler): Response
    {
        $id = $request->getHeader('cookie') ?? bin2hex(random_bytes(20));
        $stored = $this->storage->read($id);
        $session = $stored !== null ? unserialize($stored) : new SessionData($id, bin2hex(random_bytes(32)), ['landing' => $request->getUri()]);
        $this->open[$id] = $session; // leak
        $request->setAttribute('session', $session);

        $response = $requestHandler->handleRequest($request);
        $this->storage->write($id, serialize($session), $this->ttl);
        $response->headers['set-cookie'] = "SID={$id}; HttpOnly; SameSite=Lax";

        return $response;
    }
}
