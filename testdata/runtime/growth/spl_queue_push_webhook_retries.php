<?php
// A webhook dispatcher pushes failed deliveries onto a static SplQueue for retry, but only ever peeks at the head.

final class Delivery
{
    public int $attempts = 1;

    public function __construct(public readonly string $url, public readonly string $payload) {}
}

final class WebhookDispatcher
{
    private static ?SplQueue $retries = null;

    public static function dispatch(string $url, array $event): bool
    {
        $payload = json_encode($event);
        $ok = !str_contains($url, 'flaky');
        if (!$ok) {
            self::$retries ??= new SplQueue();
            self::$retries->push(new Delivery($url, $payload)); // leak
        }
        return $ok;
    }

    public static function nextRetry(): ?Delivery
    {
        if (self::$retries === null || self::$retries->isEmpty()) {
            return null;
        }
        return self::$retries->bottom();
    }
}

function onPaymentCaptured(int $id): void
{
    $event = ['type' => 'payment.captured', 'id' => $id, 'meta' => str_repeat('k=v;', 170)];
    WebhookDispatcher::dispatch("https://flaky.partner.example/hooks/{$id}", $event);
    $retry = WebhookDispatcher::nextRetry();
    if ($retry !== null) {
        $retry->attempts++;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    onPaymentCaptured($i);
}
