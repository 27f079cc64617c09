<?php
// An HTTP client runs a shared retry-policy factory with ->call($this) and keeps the callback it returns, which logs through $this.

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
        $this->shouldRetry = $policyFactory->call($this, $maxAttempts); // leak
    }

    public function get(string $path): array
    {
        for ($attempt = 1; ; $attempt++) {
            $status = $attempt === 1 ? 503 : 200;
            if ($status < 500 || !($this->shouldRetry)($attempt, $status)) {
                return ['status' => $status, 'uri' => $this->baseUri . $path, 'attempts' => $attempt];
            }
        }
    }
}

$retryPolicy = function (int $maxAttempts): Closure {
    return function (int $attempt, int $status) use ($maxAttempts): bool { // leak
        $this->log[] = "retry {$attempt}/{$maxAttempts} after {$status} ({$this->baseUri})";
        return $attempt < $maxAttempts;
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
