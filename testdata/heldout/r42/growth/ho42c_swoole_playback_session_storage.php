<?php

declare(strict_types=1);

/*
 * Swoole HTTP server for player beacons. A playback token (signed by the
 * API when the player asks for a manifest) is posted with every beacon;
 * the concurrent-stream limiter tracks sessions between "start" and "stop".
 */

/** Stand-in for Swoole\Http\Request. */
final class SwooleRequest
{
    /** @param array<string, string> $server @param array<string, string> $post */
    public function __construct(public array $server, public array $post, public array $header = [])
    {
    }
}

/** Stand-in for Swoole\Http\Response. */
final class SwooleResponse
{
    public int $status = 200;
    public string $body = '';

    public function status(int $code): void
    {
        $this->status = $code;
    }

    public function end(string $body = ''): void
    {
        $this->body = $body;
    }
}

/** Stand-in for Swoole\Http\Server: callbacks registered once at boot. */
final class SwooleHttpServer
{
    /** @var array<string, callable> */
    private array $callbacks = [];

    public function on(string $event, callable $callback): void
    {
        $this->callbacks[$event] = $callback;
    }

    public function handle(SwooleRequest $request): SwooleResponse
    {
        $response = new SwooleResponse();
        ($this->callbacks['request'])($request, $response);

        return $response;
    }
}

final class PlaybackSession
{
    public function __construct(
        public readonly string $sessionId,
        public readonly string $accountId,
        public readonly string $videoId,
        public readonly string $deviceLabel,
        public readonly string $edgeNode,
        public readonly int $issuedAt,
    ) {
    }

    public static function fromToken(string $token, string $secret): ?self
    {
        [$body, $sig] = explode('.', $token, 2) + [1 => ''];
        if (!hash_equals(hash_hmac('sha256', $body, $secret), $sig)) {
            return null;
        }
        $claims = json_decode(base64_decode($body), true);

        return new self($claims['sid'], $claims['acc'], $claims['vid'], $claims['dev'], $claims['edge'], $claims['iat']);
    }
}

final class ConcurrentStreamLimiter
{
    private SplObjectStorage $active;

    /** @var array<string, int> */
    private array $perAccount = [];

    public function __construct(private readonly int $maxStreams)
    {
        $this->active = new SplObjectStorage();
    }

    public function start(PlaybackSession $session, string $userAgent): bool
    {
        if (($this->perAccount[$session->accountId] ?? 0) >= $this->maxStreams) {
            return false;
        }
        $this->active->attach($session, ['ua' => $userAgent, 'since' => microtime(true)]); // leak
        $this->perAccount[$session->accountId] = ($this->perAccount[$session->accountId] ?? 0) + 1;

        return true;
    }

    public function stop(PlaybackSession $session): void
    {
        if ($this->active->contains($session)) {
            $this->active->detach($session);
        }
        $this->perAccount[$session->accountId] = max(0, ($this->perAccount[$session->accountId] ?? 1) - 1);
    }

    public function activeCount(): int
    {
        return $this->active->count();
    }
}

final class BeaconController
{
    public function __construct(
        private readonly ConcurrentStreamLimiter $limiter,
        private readonly string $tokenSecret,
    ) {
    }

    public function __invoke(SwooleRequest $request, SwooleResponse $response): void
    {
        $session = PlaybackSession::fromToken($request->post['token'] ?? '', $this->tokenSecret);
        if ($session === null) {
            $response->status(401);
            $response->end();

            return;
        }
        switch ($request->post['event'] ?? '') {
            case 'start':
                $ok = $this->limiter->start($session, $request->header['user-agent'] ?? 'unknown');
                $response->status($ok ? 204 : 429);
                break;
            case 'stop':
                $this->limiter->stop($session);
                $response->status(204);
                break;
            default:
                $response->status(400);
        }
        $response->end();
    }
}

function issue_token(array $claims, string $secret): string
{
    $body = base64_encode(json_encode($claims));

    return $body . '.' . hash_hmac('sha256', $body, $secret);
}

$secret = 'k3y-' . str_repeat('s', 28);
$limiter = new ConcurrentStreamLimiter(4);
$server = new SwooleHttpServer();
$server->on('request', new BeaconController($limiter, $secret));

$devices = ['Living room TV', 'iPhone', 'Chromecast', 'Firefox on Linux'];
$edges = ['edge-fra-01', 'edge-ams-03', 'edge-lhr-02'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    // one playback per iteration: the player posts start, then stop
    $token = issue_token([
        'sid' => bin2hex(random_bytes(12)),
        'acc' => 'acct_' . ($i % 50),
        'vid' => sprintf('v%07d', 100000 + $i * 7),
        'dev' => $devices[$i % 4],
        'edge' => $edges[$i % 3],
        'iat' => time(),
    ], $secret);
    $ua = sprintf('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.%d.%d Safari/537.36 Player/%s', 120 + $i % 5, 6000 + $i, $i % 200, '4.2.' . $i);
    foreach (['start', 'stop'] as $event) {
        $server->handle(new SwooleRequest(
            ['request_uri' => '/beacon', 'request_method' => 'POST', 'request_time' => (string) time()],
            ['event' => $event, 'token' => $token],
            ['user-agent' => $ua],
        ));
    }
}
