<?php
// An HTTP API client owns a RetryPolicy and gives it Closure::fromCallable([$this, 'isRetryable']) as its decider; the policy keeps the client through the bound closure.

final class RetryPolicy
{
    private ?Closure $decider = null;

    public function __construct(private int $maxAttempts, private int $baseDelayMs) {}

    public function setDecider(Closure $decider): void
    {
        $this->decider = $decider; // leak
    }

    public function shouldRetry(int $attempt, int $status): bool
    {
        return $attempt < $this->maxAttempts && ($this->decider)($status);
    }

    public function delay(int $attempt): int
    {
        return $this->baseDelayMs * (2 ** $attempt);
    }
}

final class PaymentsApiClient
{
    private RetryPolicy $retry;
    private array $defaultHeaders;

    public function __construct(private string $baseUri, private string $apiKey)
    {
        $this->retry = new RetryPolicy(3, 200);
        $this->retry->setDecider(Closure::fromCallable([$this, 'isRetryable'])); // leak
        $this->defaultHeaders = [
            'Authorization' => 'Bearer ' . $apiKey,
            'User-Agent' => 'payments-sdk/2.4 ' . str_repeat('(compatible) ', 30),
            'Accept' => 'application/json',
        ];
    }

    private function isRetryable(int $status): bool
    {
        return $status === 429 || $status >= 500;
    }

    public function charge(string $customer, int $amount): array
    {
        $status = $amount % 7 === 0 ? 503 : 201;
        $attempt = 0;
        while ($status !== 201 && $this->retry->shouldRetry($attempt, $status)) {
            $attempt++;
            $status = 201;
        }
        return ['uri' => $this->baseUri . '/charges', 'customer' => $customer, 'status' => $status, 'attempts' => $attempt + 1];
    }
}

function handle_checkout(int $i): array
{
    $client = new PaymentsApiClient('https://api.payments.example', "sk_live_{$i}");
    return $client->charge("cus_{$i}", 1000 + $i);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_checkout($i);
}
