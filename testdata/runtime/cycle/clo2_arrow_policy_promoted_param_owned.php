<?php
// An SMTP transport constructs its RetryPolicy with fn (Throwable $e) => $this->isTransient($e); the policy keeps it in a promoted property.

final class RetryPolicy
{
    public function __construct(
        private Closure $shouldRetry, // leak
        private int $maxAttempts,
    ) {}

    public function run(Closure $operation): mixed
    {
        for ($attempt = 1; ; $attempt++) {
            try {
                return $operation($attempt);
            } catch (RuntimeException $e) {
                if ($attempt >= $this->maxAttempts || !($this->shouldRetry)($e)) {
                    throw $e;
                }
            }
        }
    }
}

final class SmtpTransport
{
    private RetryPolicy $retry;
    private array $transientCodes = [421, 450, 451, 452];
    private string $greeting;

    public function __construct(private string $host)
    {
        $this->greeting = "EHLO {$host}\r\n" . str_repeat('250-PIPELINING ', 50);
        $this->retry = new RetryPolicy(fn (Throwable $e): bool => $this->isTransient($e), 3); // leak
    }

    private function isTransient(Throwable $e): bool
    {
        return in_array($e->getCode(), $this->transientCodes, true);
    }

    public function send(string $to, string $body): string
    {
        return $this->retry->run(function (int $attempt) use ($to, $body): string {
            if ($attempt === 1) {
                throw new RuntimeException('greylisted', 451);
            }
            return "250 queued for {$to} (" . strlen($body) . ' bytes)';
        });
    }
}

function handle(int $i): string
{
    $transport = new SmtpTransport("mx{$i}.example.test");
    return $transport->send("user{$i}@example.test", 'Your order has shipped.');
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i);
}
