<?php
// A singleton HTTP client caches middleware in $this->middleware keyed by an option value: the auth_bearer token passed per call, so every user's token adds an auth middleware.

final class HttpClient
{
    private const DEFINED = ['timeout', 'max_redirects', 'headers', 'proxy', 'verify_peer'];

    private static ?self $instance = null;

    /** @var array<string, \Closure> */
    private array $middleware = [];

    private function __construct(private array $options) {}

    public static function instance(): self
    {
        return self::$instance ??= new self([
            'timeout' => 5.0,
            'max_redirects' => 3,
            'headers' => ['User-Agent' => 'catalog-sync/2.1', 'Accept' => 'application/json'],
            'verify_peer' => true,
        ]);
    }

    public function request(string $method, string $url, array $options = []): array
    {
        $request = ['method' => $method, 'url' => $url, 'headers' => []];
        foreach (self::DEFINED as $name) {
            if (!array_key_exists($name, $this->options)) {
                continue;
            }
            $apply = $this->middleware[$name] ??= $this->buildMiddleware($name, $this->options[$name]);
            $request = $apply($request);
        }
        if (isset($options['auth_bearer'])) {
            $auth = $this->middleware[$options['auth_bearer']] ??= $this->buildMiddleware('auth_bearer', $options['auth_bearer']); // leak
            $request = $auth($request);
        }
        return $request;
    }

    private function buildMiddleware(string $name, mixed $value): \Closure
    {
        $trace = "middleware {$name}: " . str_repeat('-', 300);
        return match ($name) {
            'headers' => static fn (array $r): array => ['headers' => $value + $r['headers']] + $r,
            'auth_bearer' => static fn (array $r): array => ['headers' => ['Authorization' => "Bearer {$value}"] + $r['headers'], 'trace' => $trace] + $r,
            default => static fn (array $r): array => $r + [$name => $value, 'trace' => $trace],
        };
    }
}

function fetch_user_orders(int $userId, string $token): int
{
    $request = HttpClient::instance()->request('GET', "https://orders.internal/users/{$userId}/orders", ['auth_bearer' => $token]);
    return count($request['headers']);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    fetch_user_orders($i, base64_encode(random_bytes(96)));
}
