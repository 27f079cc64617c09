<?php
// An SMTP transport builds a RetryPolicy with fn (Throwable $e) => $this->isTransient($e) per send and keeps no handle to it.

final class RetryPolicy
{
    public function __construct(
        private Closure $shouldRetry,
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
    private array $transientCodes = [421, 450, 451, 452];
    private string $greeting;

    public function __construct(private string $host)
    {
        $this->greeting = "EHLO {$host}\r\n" . str_repeat('250-PIPELINING ', 50);
    }

    private function isTransient(Throwable $e): bool
    {
        return in_array($e->getCode(), $this->transientCodes, true);
    }

    public function send(string $to, string $body): string
    {
        $retry = new RetryPolicy(fn (Throwable $e): bool => $this->isTransient($e), 3);
        return $retry->run(function (int $attempt) use ($to, $body): string {
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
