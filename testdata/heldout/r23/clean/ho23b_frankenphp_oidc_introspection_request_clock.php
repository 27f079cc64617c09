<?php

declare(strict_types=1);

// FrankenPHP worker mode API gateway: opaque OAuth2 access tokens are checked
// against the authorization server's RFC 7662 introspection endpoint, and the
// answers are cached in the worker until the token expires.

if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        $handler();

        return true;
    }
}

interface ClockInterface
{
    public function now(): float;
}

/** Reads the time of the request being handled, on every call. */
final class ServerClock implements ClockInterface
{
    public function now(): float
    {
        return (float) ($_SERVER['REQUEST_TIME_FLOAT'] ?? microtime(true));
    }
}

final class IntrospectionResult
{
    /** @param array<string, mixed> $claims */
    public function __construct(
        public readonly bool $active,
        public readonly string $subject,
        public readonly string $clientId,
        public readonly array $scopes,
        public readonly float $expiresAt,
        public readonly array $claims,
    ) {
    }
}

final class IntrospectionClient
{
    public function __construct(private readonly string $endpoint, private readonly string $clientId)
    {
    }

    /** Stand-in for the POST to the authorization server. */
    public function introspect(string $token, float $now): array
    {
        $sub = 'user-' . substr(hash('crc32b', $token), 0, 6);

        return [
            'active' => true,
            'sub' => $sub,
            'client_id' => 'mobile-app',
            'scope' => 'openid profile orders:read orders:write',
            'exp' => (int) $now + 3600,
            'iat' => (int) $now,
            'iss' => 'https://id.example.test/realms/shop',
            'aud' => [$this->clientId, 'account'],
            'token_type' => 'Bearer',
            'session_state' => hash('sha1', $token . $sub),
        ];
    }
}

trait CachesIntrospection
{
    /** @var array<string, IntrospectionResult> */
    private static array $introspected = [];
    private static float $lastPrunedAt = 0.0;

    private const PRUNE_INTERVAL = 30.0;

    private function cached(string $token, float $now): ?IntrospectionResult
    {
        $entry = self::$introspected[self::cacheKey($token)] ?? null;

        return $entry !== null && $entry->expiresAt > $now ? $entry : null;
    }

    private function remember(string $token, IntrospectionResult $result): void
    {
        self::$introspected[self::cacheKey($token)] = $result;
    }

    private function pruneExpired(float $now): void
    {
        if ($now - self::$lastPrunedAt < self::PRUNE_INTERVAL) {
            return;
        }
        self::$lastPrunedAt = $now;
        foreach (self::$introspected as $key => $entry) {
            if ($entry->expiresAt <= $now) {
                unset(self::$introspected[$key]);
            }
        }
    }

    private static function cacheKey(string $token): string
    {
        return 'introspection.' . hash('xxh128', $token);
    }
}

final class TokenIntrospector
{
    use CachesIntrospection;

    private const MAX_TTL = 60.0;

    public function __construct(
        private readonly IntrospectionClient $client,
        private readonly ClockInterface $clock,
    ) {
        self::$lastPrunedAt = $clock->now();
    }

    public function introspect(string $token): IntrospectionResult
    {
        $now = $this->clock->now();
        $this->pruneExpired($now);

        if ($hit = $this->cached($token, $now)) {
            return $hit;
        }

        $raw = $this->client->introspect($token, $now);
        $result = new IntrospectionResult(
            (bool) $raw['active'],
            $raw['sub'],
            $raw['client_id'],
            explode(' ', $raw['scope']),
            min((float) $raw['exp'], $now + self::MAX_TTL),
            $raw,
        );
        $this->remember($token, $result);

        return $result;
    }
}

final class BearerAuthenticator
{
    public function __construct(private readonly TokenIntrospector $introspector)
    {
    }

    public function authenticate(array $server): ?IntrospectionResult
    {
        $header = $server['HTTP_AUTHORIZATION'] ?? '';
        if (!str_starts_with($header, 'Bearer ')) {
            return null;
        }
        $result = $this->introspector->introspect(substr($header, 7));

        return $result->active ? $result : null;
    }
}

final class Kernel
{
    public function __construct(private readonly BearerAuthenticator $authenticator)
    {
    }

    public function handle(array $server): array
    {
        $principal = $this->authenticator->authenticate($server);
        if ($principal === null) {
            return [401, ['WWW-Authenticate' => 'Bearer error="invalid_token"']];
        }

        return [200, ['X-Subject' => $principal->subject]];
    }
}

// Boot: the container builds its singletons while the worker starts.
$_SERVER['REQUEST_TIME_FLOAT'] = 1_700_000_000.0;
$kernel = new Kernel(new BearerAuthenticator(new TokenIntrospector(
    new IntrospectionClient('https://id.example.test/realms/shop/protocol/openid-connect/token/introspect', 'orders-api'),
    new ServerClock(),
)));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $_SERVER['REQUEST_TIME_FLOAT'] = 1_700_000_000.0 + $i * 0.5;
    $_SERVER['HTTP_AUTHORIZATION'] = 'Bearer ' . bin2hex(random_bytes(20)) . '.' . $i;
    frankenphp_handle_request(static function () use ($kernel): void {
        $kernel->handle($_SERVER);
    });
}
