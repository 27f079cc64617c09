<?php

/*
 * Swoole HTTP server with a session-backed guard. The guard publishes the
 * authenticated context on a static stack so deep code (repositories, audit
 * hooks) can ask "who is acting?" without threading it through every call.
 */

final class SwooleHttpServer
{
    /** @var array<string, callable> */
    private array $handlers = [];

    public function on(string $event, callable $handler): void
    {
        $this->handlers[$event] = $handler;
    }

    public function dispatch(string $event, object $request, object $response): void
    {
        ($this->handlers[$event])($request, $response);
    }
}

final class SwooleRequest
{
    public array $header = [];
    public array $server = [];
    public array $cookie = [];
    public array $post = [];
}

final class SwooleResponse
{
    public int $status = 200;
    public array $headers = [];
    public string $body = '';

    public function status(int $code): void { $this->status = $code; }
    public function header(string $k, string $v): void { $this->headers[$k] = $v; }
    public function end(string $body = ''): void { $this->body = $body; }
}

final class AuthContext
{
    public function __construct(
        public readonly string $sessionId,
        public readonly ?int $userId,
        public readonly string $ip,
        public readonly string $userAgent,
        public readonly array $attributes,
        public readonly float $startedAt,
    ) {
    }
}

final class SecurityContextHolder
{
    /** @var list<AuthContext> */
    private static array $contexts = [];

    public static function enter(AuthContext $context): void
    {
        self::$contexts[] = $context; // leak
    }

    public static function leave(): void
    {
        array_pop(self::$contexts);
    }

    public static function current(): ?AuthContext
    {
        return self::$contexts === [] ? null : self::$contexts[array_key_last(self::$contexts)];
    }
}

final class SessionStore
{
    /** @var array<string, array> */
    private array $sessions = [];

    public function seed(string $id, int $userId, array $data): void
    {
        $this->sessions[$id] = ['user_id' => $userId, 'data' => $data];
    }

    public function read(string $id): ?array
    {
        return $this->sessions[$id] ?? null;
    }
}

final class SessionGuard
{
    public function __construct(private SessionStore $store, private string $cookieName)
    {
    }

    public function handle(SwooleRequest $request, SwooleResponse $response, callable $next): void
    {
        $sessionId = $request->cookie[$this->cookieName] ?? bin2hex(random_bytes(16));
        $session = $this->store->read($sessionId);

        SecurityContextHolder::enter($this->contextFor($request, $sessionId, $session));

        if ($session === null) {
            $response->status(302);
            $response->header('Location', '/login?next=' . rawurlencode($request->server['request_uri']));
            $response->end();

            return;
        }

        $next($request, $response);
        SecurityContextHolder::leave();
    }

    private function contextFor(SwooleRequest $request, string $sessionId, ?array $session): AuthContext
    {
        return new AuthContext(
            $sessionId,
            $session['user_id'] ?? null,
            $request->server['remote_addr'],
            $request->header['user-agent'] ?? '',
            [
                'uri' => $request->server['request_uri'],
                'method' => $request->server['request_method'],
                'locale' => $request->header['accept-language'] ?? 'en',
                'roles' => $session['data']['roles'] ?? ['ROLE_ANONYMOUS'],
                'csrf' => hash('sha256', $sessionId . '|csrf'),
                'fingerprint' => hash('sha256', $request->server['remote_addr'] . '|' . ($request->header['user-agent'] ?? '')),
                'request_id' => $request->header['x-request-id'] ?? bin2hex(random_bytes(16)),
            ],
            $request->server['request_time_float'],
        );
    }
}

final class AccountController
{
    public function show(SwooleRequest $request, SwooleResponse $response): void
    {
        $ctx = SecurityContextHolder::current();
        $response->header('Content-Type', 'application/json');
        $response->end(json_encode(['user' => $ctx?->userId, 'roles' => $ctx?->attributes['roles']]));
    }
}

// --- boot -------------------------------------------------------------------
$store = new SessionStore();
$knownSessions = [];
for ($u = 1; $u <= 20; $u++) {
    $sid = hash('sha1', 'session-' . $u);
    $store->seed($sid, 1000 + $u, ['roles' => $u % 5 === 0 ? ['ROLE_ADMIN'] : ['ROLE_USER']]);
    $knownSessions[] = $sid;
}
$guard = new SessionGuard($store, 'PHPSESSID');
$controller = new AccountController();

$server = new SwooleHttpServer();
$server->on('request', static function (SwooleRequest $req, SwooleResponse $res) use ($guard, $controller): void {
    $guard->handle($req, $res, [$controller, 'show']);
});

$agents = [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.%d Safari/605.1.15',
    'Mozilla/5.0 (X11; Linux x86_64; rv:%1$d.0) Gecko/20100101 Firefox/%1$d.0',
];

// --- request loop -----------------------------------------------------------
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $req = new SwooleRequest();
    $req->server = [
        'request_uri' => '/account/' . ($i % 3 === 0 ? 'security' : 'profile') . '?ref=' . dechex($i),
        'request_method' => 'GET',
        'remote_addr' => '10.0.' . ($i % 250) . '.' . ($i * 7 % 250),
        'request_time_float' => 1_700_000_000 + $i / 10,
    ];
    $req->header = ['user-agent' => sprintf($agents[$i % 3], 100 + $i % 21), 'accept-language' => 'en-GB,en;q=0.9'];
    if ($i % 3 === 0) {
        // returning visitor with a live session; the rest are fresh browsers and bots
        $req->cookie = ['PHPSESSID' => $knownSessions[$i % 20]];
    }
    $server->dispatch('request', $req, new SwooleResponse());
}
