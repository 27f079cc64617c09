<?php

declare(strict_types=1);

// HTTP submit API of an SMS gateway on Workerman: every request is checked
// against a sliding-window throttle before it is queued to the SMPP binds.

final class TcpConnection
{
    public array $sent = [];
    public function send(string $buffer): void
    {
        $this->sent = [strlen($buffer)];
    }
}

final class HttpWorker
{
    /** @var callable|null */
    public $onMessage = null;
    public int $count = 4;

    public function __construct(public readonly string $socketName)
    {
    }

    public function feed(TcpConnection $connection, array $request): void
    {
        ($this->onMessage)($connection, $request);
    }
}

final class ApiAccount
{
    public function __construct(
        public readonly string $id,
        public readonly string $name,
        public readonly int $perSecond,
    ) {
    }
}

final class SlidingWindow
{
    private const HORIZON = 1.0;

    /** @var list<float> */
    public array $hits = [];
    public string $lastBody = '';
    public float $lastAt = 0.0;
    public ?string $lastClientRef = null;

    public function __construct(public readonly string $key, public readonly int $size)
    {
    }

    public function record(float $now, string $body, ?string $clientRef): void
    {
        $this->hits[] = $now;
        while ($this->hits[0] < $now - self::HORIZON) {
            array_shift($this->hits);
        }
        if (count($this->hits) > $this->size) {
            $this->hits = array_slice($this->hits, -$this->size);
        }
        $this->lastBody = $body;
        $this->lastAt = $now;
        $this->lastClientRef = $clientRef;
    }

    public function countSince(float $since): int
    {
        $n = 0;
        for ($i = count($this->hits) - 1; $i >= 0 && $this->hits[$i] >= $since; $i--) {
            $n++;
        }
        return $n;
    }
}

final class SendRateLimiter
{
    private const COUNTRY_PREFIXES = ['44' => 'GB', '33' => 'FR', '49' => 'DE', '34' => 'ES', '39' => 'IT', '1' => 'US'];

    /** @var array<string, SlidingWindow> */
    private array $windows = [];

    public function attempt(ApiAccount $account, string $destination, string $body, float $now, ?string $clientRef = null): bool
    {
        $window = $this->window($this->bucketKey($account, $destination), $account->perSecond * 10);
        if ($window->countSince($now - 1.0) >= $account->perSecond) {
            return false;
        }
        if ($window->lastBody === $body && $now - $window->lastAt < 2.0) {
            return false;
        }
        $window->record($now, $body, $clientRef);
        return true;
    }

    private function window(string $key, int $size): SlidingWindow
    {
        return $this->windows[$key] ??= new SlidingWindow($key, $size);
    }

    private function bucketKey(ApiAccount $account, string $destination): string
    {
        // Throttle per account and destination country: carriers cap throughput per route.
        return $account->id . ':' . $this->countryOf($destination);
    }

    public function countryOf(string $destination): string
    {
        foreach (self::COUNTRY_PREFIXES as $prefix => $iso) {
            if (str_starts_with($destination, (string) $prefix)) {
                return $iso;
            }
        }
        return 'ZZ';
    }
}

final class SubmitController
{
    private int $queued = 0;

    /** @param array<string, ApiAccount> $accountsByKey */
    public function __construct(private array $accountsByKey, private SendRateLimiter $limiter)
    {
    }

    public function handle(TcpConnection $connection, array $request): void
    {
        $account = $this->accountsByKey[$request['headers']['x-api-key'] ?? ''] ?? null;
        if ($account === null) {
            $connection->send('HTTP/1.1 401 Unauthorized');
            return;
        }
        $payload = json_decode($request['body'], true);
        $to = preg_replace('/\D/', '', (string) $payload['to']);
        if (!$this->limiter->attempt($account, $to, (string) $payload['text'], $request['time'], $payload['client_ref'] ?? null)) {
            $connection->send("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 1");
            return;
        }
        $this->queued++;
        $connection->send("HTTP/1.1 202 Accepted\r\n\r\n" . json_encode(['id' => bin2hex(random_bytes(8)), 'to' => $to, 'country' => $this->limiter->countryOf($to)]));
    }
}

$accounts = [];
foreach ([['ak_live_7f3a', 'Acme Retail', 50], ['ak_live_91bc', 'Courier Co', 20], ['ak_live_c0d4', 'ClinicBook', 10]] as [$key, $name, $tps]) {
    $accounts[$key] = new ApiAccount('acc_' . substr($key, -4), $name, $tps);
}
$controller = new SubmitController($accounts, new SendRateLimiter());

$worker = new HttpWorker('http://0.0.0.0:8080');
$worker->onMessage = [$controller, 'handle'];

$keys = array_keys($accounts);
$ccs = ['44', '33', '49', '34', '1'];
$connection = new TcpConnection();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $to = '+' . $ccs[$i % 5] . ' 7' . str_pad((string) (($i * 92821) % 100000000), 8, '0', STR_PAD_LEFT);
    $worker->feed($connection, [
        'headers' => ['x-api-key' => $keys[$i % 3], 'content-type' => 'application/json'],
        'time' => 1700000000.0 + $i * 0.05,
        'body' => json_encode([
            'to' => $to,
            'client_ref' => sprintf('%s-%08d-%s', $keys[$i % 3], $i, bin2hex(random_bytes(6))),
            'text' => sprintf('Hello! Your appointment on %s at %02d:%02d is confirmed. Reply C to cancel or call us on 0800 123 456. Ref #%05d. Manage bookings at https://book.example/b/%s - txt STOP to 60060 to opt out', date('D j M', 1700000000 + $i * 3600), 8 + $i % 10, ($i * 15) % 60, $i, substr(sha1((string) $i), 0, 16)),
        ]),
    ]);
}
