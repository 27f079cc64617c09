<?php
// A RoadRunner-style API worker attaches per-request context (auth claims, locale, feature flags) to each request object through a long-lived RequestContextStore backed by a WeakMap; each context keeps a reference to the request it belongs to.

final class ServerRequest
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $headers,
    ) {}

    public function header(string $name, ?string $default = null): ?string
    {
        return $this->headers[strtolower($name)] ?? $default;
    }
}

final class Response
{
    public function __construct(public int $status, public string $body) {}
}

final class RequestContext
{
    public function __construct(
        public readonly ServerRequest $request, // leak
        public readonly string $requestId,
        public readonly array $claims,
        public readonly string $locale,
        public readonly array $flags,
    ) {}
}

final class RequestContextStore
{
    /** @var WeakMap<ServerRequest, RequestContext> */
    private WeakMap $contexts;

    public function __construct()
    {
        $this->contexts = new WeakMap();
    }

    public function attach(ServerRequest $request, RequestContext $context): void
    {
        $this->contexts[$request] = $context; // leak
    }

    public function for(ServerRequest $request): ?RequestContext
    {
        return $this->contexts[$request] ?? null;
    }

    public function count(): int
    {
        return count($this->contexts);
    }
}

final class JwtDecoder
{
    public function decode(string $token): array
    {
        [, $payload] = explode('.', $token) + [1 => ''];
        return json_decode(base64_decode(strtr($payload, '-_', '+/')), true) ?: [];
    }
}

final class AuthenticateMiddleware
{
    public function __construct(private RequestContextStore $store, private JwtDecoder $jwt) {}

    public function __invoke(ServerRequest $request): void
    {
        $token = substr((string) $request->header('authorization', ''), 7);
        $claims = $this->jwt->decode($token);
        $this->store->attach($request, new RequestContext(
            $request,
            $request->header('x-request-id', bin2hex(random_bytes(8))),
            $claims,
            $request->header('accept-language', 'en'),
            ['new_checkout' => ($claims['sub'] ?? 0) % 2 === 0, 'beta_search' => true, 'dark_mode' => false],
        ));
    }
}

final class AccountController
{
    public function __construct(private RequestContextStore $store) {}

    public function me(ServerRequest $request): Response
    {
        $context = $this->store->for($request);
        return new Response(200, json_encode([
            'id' => $context?->claims['sub'] ?? null,
            'scopes' => $context?->claims['scope'] ?? '',
            'locale' => $context?->locale,
        ]));
    }
}

final class Worker
{
    private int $i = 0;

    public function __construct(private int $limit) {}

    public function waitRequest(): ?ServerRequest
    {
        if ($this->i >= $this->limit) {
            return null;
        }
        $i = $this->i++;
        $payload = rtrim(strtr(base64_encode(json_encode([
            'sub' => 9000 + $i,
            'scope' => 'profile:read orders:read orders:write addresses:read',
            'email' => "member{$i}@example.net",
            'iat' => 1700000000 + $i,
        ])), '+/', '-_'), '=');
        return new ServerRequest('GET', '/api/me', [
            'authorization' => "Bearer eyJhbGciOiJIUzI1NiJ9.{$payload}.c2lnbmF0dXJl",
            'x-request-id' => sprintf('req-%012d', $i),
            'accept-language' => 'de-DE,de;q=0.9,en;q=0.8',
        ]);
    }

    public function respond(Response $response): void {}
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$store = new RequestContextStore();
$auth = new AuthenticateMiddleware($store, new JwtDecoder());
$controller = new AccountController($store);
$worker = new Worker($n);

while ($request = $worker->waitRequest()) {
    $auth($request);
    $worker->respond($controller->me($request));
}
