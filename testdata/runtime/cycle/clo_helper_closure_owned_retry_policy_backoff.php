<?php
// An API client hands a backoff closure over $this, built by a private helper, to the retry policy it owns.

final class RetryPolicy
{
    private ?Closure $delay = null;

    public function __construct(private int $maxAttempts) {}

    public function setDelayFunction(Closure $delay): void
    {
        $this->delay = $delay; // leak
    }

    public function delays(): array
    {
        $out = [];
        for ($a = 1; $a <= $this->maxAttempts; $a++) {
            $out[] = ($this->delay)($a);
        }
        return $out;
    }
}

final class BillingApiClient
{
    private RetryPolicy $retry;
    private array $defaultHeaders;

    public function __construct(private string $baseUri, private int $baseDelayMs)
    {
        $this->defaultHeaders = ['Authorization' => 'Bearer ' . str_repeat('t', 400), 'Accept' => 'application/json'];
        $this->retry = new RetryPolicy(4);
        $this->retry->setDelayFunction($this->exponentialBackoff()); // leak
    }

    private function exponentialBackoff(): Closure
    {
        return function (int $attempt): int { // leak
            return $this->baseDelayMs * (2 ** ($attempt - 1));
        };
    }

    public function get(string $path): array
    {
        return ['url' => $this->baseUri . $path, 'headers' => $this->defaultHeaders, 'delays' => $this->retry->delays()];
    }
}

function handle(int $i): int
{
    $client = new BillingApiClient('https://billing.example.test/v2', 100 + $i % 5);
    return count($client->get("/invoices/{$i}")['delays']);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i);
}
