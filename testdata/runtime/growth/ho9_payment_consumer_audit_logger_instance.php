<?php
// A payment queue consumer whose handler writes audit entries to a process-wide AuditLogger reached through a static instance() accessor.

final class AuditEntry
{
    public function __construct(
        public readonly string $action,
        public readonly string $subject,
        public readonly array $context,
        public readonly float $at,
    ) {}
}

final class AuditLogger
{
    private static ?self $instance = null;
    private array $entries = [];

    public static function instance(): self
    {
        return self::$instance ??= new self();
    }

    public static function reset(): void
    {
        self::$instance = null;
    }

    public function add(string $action, string $subject, array $context = []): void
    {
        $this->entries[] = new AuditEntry($action, $subject, $context, microtime(true)); // leak
    }

    public function countFor(string $subject): int
    {
        return count(array_filter($this->entries, static fn (AuditEntry $e): bool => $e->subject === $subject));
    }
}

function audit(): AuditLogger
{
    return AuditLogger::instance();
}

final class CapturePayment
{
    public function __construct(public readonly string $paymentId, public readonly int $amountCents, public readonly string $card) {}
}

final class CapturePaymentHandler
{
    public function __invoke(CapturePayment $msg): void
    {
        $masked = str_repeat('*', 12) . substr($msg->card, -4);
        audit()->add('payment.captured', "payment:{$msg->paymentId}", [
            'amount' => $msg->amountCents,
            'card' => $masked,
            'gateway_response' => str_repeat('{"status":"approved"}', 14),
        ]);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$handler = new CapturePaymentHandler();
$received = 0;
while ($received < $n) {
    $handler(new CapturePayment(sprintf('pay_%08d', $received), 1000 + $received, '4111111111111111'));
    $received++;
}
