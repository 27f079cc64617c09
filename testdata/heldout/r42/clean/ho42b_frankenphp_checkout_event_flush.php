<?php

declare(strict_types=1);

/*
 * Online ordering checkout endpoint served by a FrankenPHP worker script.
 * Each completed checkout reports product analytics events, which are
 * batched and shipped to the collector in bulk.
 */

if (!function_exists('frankenphp_handle_request')) {
    /** Stand-in for FrankenPHP's worker mode: fills the superglobals for the next request. */
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $max = (int) (getenv('PHPLEAK_N') ?: 100);
        if ($served >= $max) {
            return false;
        }
        $n = ++$served;
        $_SERVER['REQUEST_METHOD'] = 'POST';
        $_SERVER['REQUEST_URI'] = '/api/orders/' . (530000 + $n) . '/checkout';
        $_SERVER['REQUEST_TIME'] = 1717500000 + $n * 17;
        $_SERVER['HTTP_USER_AGENT'] = ['OrderApp/5.2.1 (iPhone; iOS 17.5)', 'OrderApp/5.2.0 (Android 14; Pixel 8)', 'Mozilla/5.0 (Macintosh) Safari/605.1.15'][$n % 3];
        $_POST = [
            'subtotal' => (string) (1800 + ($n * 131) % 4200),
            'tip_percent' => (string) [0, 15, 18, 20, 25][$n % 5],
            'fulfillment' => ['delivery', 'pickup'][$n % 2],
            'promo' => $n % 6 === 0 ? 'LUNCH' . ($n % 3) : '',
            'payment' => ['card', 'apple_pay', 'gift_card'][$n % 3],
        ];
        $handler();

        return true;
    }
}

final class Config
{
    public function __construct(private readonly array $values)
    {
    }

    public function get(string $key, mixed $default = null): mixed
    {
        return $this->values[$key] ?? $default;
    }
}

final class CollectorClient
{
    private int $batchesSent = 0;

    public function post(string $path, string $body): void
    {
        $this->batchesSent += $body !== '' ? 1 : 0;
    }
}

final class EventBatcher
{
    /** @var list<array<string, mixed>> */
    private array $pending = [];

    public function __construct(private readonly CollectorClient $client, private readonly int $maxBatch)
    {
    }

    public function track(array ...$events): void
    {
        foreach ($events as $event) {
            $this->pending[] = $event;
        }
        if (count($this->pending) >= $this->maxBatch) {
            $this->flush();
        }
    }

    public function flush(): void
    {
        if ($this->pending === []) {
            return;
        }
        $this->client->post('/v1/batch', json_encode(['batch' => $this->pending]));
        $this->pending = [];
    }
}

/** Static accessor the codebase uses instead of threading the batcher everywhere. */
final class Analytics
{
    private static ?EventBatcher $batcher = null;

    public static function boot(Config $config, CollectorClient $client): void
    {
        self::$batcher = new EventBatcher($client, (int) $config->get('analytics.batch_size', 15));
    }

    public static function batcher(): EventBatcher
    {
        return self::$batcher ?? throw new LogicException('Analytics not booted');
    }
}

final class CheckoutEvents
{
    /** @return array{0: array<string, mixed>, 1: array<string, mixed>} */
    public static function forCheckout(string $orderId, array $form, array $server): array
    {
        $base = [
            'order_id' => $orderId,
            'ts' => $server['REQUEST_TIME'],
            'user_agent' => $server['HTTP_USER_AGENT'] ?? '',
            'fulfillment' => $form['fulfillment'],
        ];

        return [
            ['event' => 'checkout_completed', 'props' => $base + ['subtotal' => (int) $form['subtotal'], 'promo' => $form['promo'] ?: null]],
            ['event' => 'payment_captured', 'props' => $base + ['method' => $form['payment'], 'tip_percent' => (int) $form['tip_percent']]],
        ];
    }
}

final class CheckoutController
{
    public function __invoke(string $orderId): string
    {
        $subtotal = (int) $_POST['subtotal'];
        $tip = intdiv($subtotal * (int) $_POST['tip_percent'], 100);
        Analytics::batcher()->track(...CheckoutEvents::forCheckout($orderId, $_POST, $_SERVER));

        return json_encode(['order' => $orderId, 'charged' => $subtotal + $tip, 'status' => 'confirmed']);
    }
}

// boot once per worker
$config = new Config(['analytics.batch_size' => getenv('ANALYTICS_BATCH_SIZE') ?: 15]);
Analytics::boot($config, new CollectorClient());
$checkout = new CheckoutController();

$handler = static function () use ($checkout): void {
    if (preg_match('#^/api/orders/(\d+)/checkout$#', $_SERVER['REQUEST_URI'], $m)) {
        $body = $checkout($m[1]);
        unset($body);
    }
};

$maxRequests = (int) ($_SERVER['MAX_REQUESTS'] ?? 0);
for ($nbRequests = 0; !$maxRequests || $nbRequests < $maxRequests; ++$nbRequests) {
    $keepRunning = frankenphp_handle_request($handler);
    gc_collect_cycles();
    if (!$keepRunning) {
        break;
    }
}
