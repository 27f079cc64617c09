<?php
// A RoadRunner-style worker serves form posts; a flash-bag service writes notices into $_SESSION, which the worker reloads from an empty state at the start of every request.

final class ServerRequest
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $body,
        public readonly array $cookies = [],
    ) {}
}

final class Response
{
    public function __construct(public int $status = 200, public array $headers = [], public string $body = '') {}
}

final class PSR7Worker
{
    private int $served = 0;

    public function __construct(private int $limit) {}

    public function waitRequest(): ?ServerRequest
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $this->served++;
        return new ServerRequest('POST', '/account/profile', [
            'display_name' => 'User ' . $this->served,
            'bio' => str_repeat('Likes hiking and open source. ', 10),
        ], ['PHPSESSID' => 'sess' . ($this->served % 7)]);
    }

    public function respond(Response $response): void
    {
        // would write to the relay pipe
    }
}

final class WorkerSessionStarter
{
    public function start(ServerRequest $request): void
    {
        // Each request gets a fresh session array; nothing survives from the previous request.
        $_SESSION = [];
        $_SESSION['_meta'] = ['created' => time(), 'sid' => $request->cookies['PHPSESSID'] ?? null];
    }

    public function close(): void
    {
        $_SESSION = [];
    }
}

final class FlashBag
{
    public const KEY = '_flashes';

    public function add(string $type, string $message): void
    {
        $_SESSION[self::KEY][$type][] = [
            'message' => $message,
            'at' => microtime(true),
        ];
    }

    public function peek(string $type): array
    {
        return $_SESSION[self::KEY][$type] ?? [];
    }

    public function has(string $type): bool
    {
        return !empty($_SESSION[self::KEY][$type]);
    }
}

final class ProfileController
{
    public function __construct(private FlashBag $flash) {}

    public function update(ServerRequest $request): Response
    {
        $name = trim((string) ($request->body['display_name'] ?? ''));
        if ($name === '') {
            $this->flash->add('error', 'Display name is required.');
            return new Response(422);
        }
        $bio = substr((string) ($request->body['bio'] ?? ''), 0, 500);
        $this->flash->add('success', sprintf('Profile for "%s" saved. New bio: %s', $name, $bio));
        return new Response(303, ['Location' => '/account/profile']);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new PSR7Worker($n);
$sessions = new WorkerSessionStarter();
$controller = new ProfileController(new FlashBag());

while ($request = $worker->waitRequest()) {
    $sessions->start($request);
    $response = $controller->update($request);
    $worker->respond($response);
    $sessions->close();
}
