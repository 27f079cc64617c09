<?php
// An HTTP client runs a shared retry-policy factory with ->call($this) and keeps the callback it returns, a static closure that captures only numbers.

final class ApiClient
{
    private ?Closure $shouldRetry = null;
    private array $log = [];
    private array $headers;

    public function __construct(private string $baseUri, string $token)
    {
        $this->headers = ['Authorization' => 'Bearer ' . $token, 'User-Agent' => 'shop-sync/2.4', 'X-Trace' => str_repeat('t', 500)];
    }

    public function configureRetry(Closure $policyFactory, int $maxAttempts): void
    {
        $this->shouldRetry = $policyFactory->call($this, $maxAttempts);
    }

    public function get(string $path): array
    {
        for ($attempt = 1; ; $attempt++) {
            $status = $attempt === 1 ? 503 : 200;
            if ($status < 500 || !($this->shouldRetry)($attempt, $status)) {
                return ['status' => $status, 'uri' => $this->baseUri . $path, 'attempts' => $attempt];
            }
            $this->log[] = "retry {$attempt} after {$status}";
        }
    }
}

$retryPolicy = function (int $maxAttempts): Closure {
    $retryable = [502, 503, 504];
    return static function (int $attempt, int $status) use ($maxAttempts, $retryable): bool {
        return $attempt < $maxAttempts && in_array($status, $retryable, true);
    };
};

function handle(int $i, Closure $retryPolicy): int
{
    $client = new ApiClient('https://api.example.test', "tok_{$i}");
    $client->configureRetry($retryPolicy, 3);
    return $client->get("/products?page={$i}")['attempts'];
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i, $retryPolicy);
}
