<?php
// An API client hands a backoff closure over $this, built by a private helper, to a retry policy it creates per call and does not keep.

final class RetryPolicy
{
    private ?Closure $delay = null;

    public function __construct(private int $maxAttempts) {}

    public function setDelayFunction(Closure $delay): void
    {
        $this->delay = $delay;
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
    private array $defaultHeaders;

    public function __construct(private string $baseUri, private int $baseDelayMs)
    {
        $this->defaultHeaders = ['Authorization' => 'Bearer ' . str_repeat('t', 400), 'Accept' => 'application/json'];
    }

    private function exponentialBackoff(): Closure
    {
        return function (int $attempt): int {
            return $this->baseDelayMs * (2 ** ($attempt - 1));
        };
    }

    public function get(string $path): array
    {
        $retry = new RetryPolicy(4);
        $retry->setDelayFunction($this->exponentialBackoff());
        return ['url' => $this->baseUri . $path, 'headers' => $this->defaultHeaders, 'delays' => $retry->delays()];
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
