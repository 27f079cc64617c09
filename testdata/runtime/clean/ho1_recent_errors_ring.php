<?php
// An error tracker shared across requests keeps the most recent error reports for a health endpoint, dropping the oldest ones right after each push.

final class ErrorReport
{
    public function __construct(
        public readonly string $class,
        public readonly string $message,
        public readonly string $trace,
        public readonly string $uri,
        public readonly float $at,
    ) {}
}

final class ErrorTracker
{
    /** @var list<ErrorReport> */
    private array $recent = [];
    /** @var array<string, int> */
    private array $countsByClass = [];

    public function __construct(private int $keep = 25) {}

    public function report(Throwable $e, string $uri): void
    {
        $this->recent[] = new ErrorReport($e::class, $e->getMessage(), $e->getTraceAsString() . str_repeat(' ', 400), $uri, microtime(true));
        while (count($this->recent) > $this->keep) {
            array_shift($this->recent);
        }
        $class = $e::class;
        $this->countsByClass[$class] = ($this->countsByClass[$class] ?? 0) + 1;
    }

    public function health(): array
    {
        return [
            'recent' => array_map(static fn (ErrorReport $r) => $r->class . ': ' . $r->message, $this->recent),
            'totals' => $this->countsByClass,
        ];
    }
}

final class PaymentGatewayException extends RuntimeException
{
}

final class PaymentController
{
    public function capture(int $paymentId): string
    {
        if ($paymentId % 2 === 0) {
            throw new PaymentGatewayException("Gateway timeout while capturing payment {$paymentId}");
        }
        if ($paymentId % 5 === 0) {
            throw new InvalidArgumentException("Payment {$paymentId} is already captured");
        }
        return 'captured';
    }
}

final class Kernel
{
    public function __construct(private PaymentController $controller, private ErrorTracker $errors) {}

    public function handle(string $uri): int
    {
        $id = (int) substr($uri, strrpos($uri, '/') + 1);
        try {
            $this->controller->capture($id);
            return 200;
        } catch (Throwable $e) {
            $this->errors->report($e, $uri);
            return 500;
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$tracker = new ErrorTracker();
$kernel = new Kernel(new PaymentController(), $tracker);

for ($i = 0; $i < $n; $i++) {
    $kernel->handle('/payments/capture/' . (7000 + $i));
    if ($i % 50 === 0) {
        $tracker->health();
    }
}
