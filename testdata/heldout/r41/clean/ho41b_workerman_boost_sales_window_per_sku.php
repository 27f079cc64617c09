<?php
declare(strict_types=1);

/*
 * Workerman HTTP service behind the in-app store: verifies a boost purchase
 * and answers with "N people boosted in the last few minutes" for the
 * upsell banner, computed from a sliding window of recent purchases per SKU.
 */

namespace Workerman\Protocols\Http {
    final class Request
    {
        public function __construct(private string $method, private string $path, private array $headers, private string $raw)
        {
        }

        public function method(): string
        {
            return $this->method;
        }

        public function path(): string
        {
            return $this->path;
        }

        public function header(string $name, ?string $default = null): ?string
        {
            return $this->headers[strtolower($name)] ?? $default;
        }

        public function rawBody(): string
        {
            return $this->raw;
        }
    }

    final class Response
    {
        public function __construct(public int $status = 200, public array $headers = [], public string $body = '')
        {
        }
    }
}

namespace Workerman\Connection {
    final class TcpConnection
    {
        public ?string $lastSent = null;

        public function send(mixed $data): void
        {
            $this->lastSent = is_object($data) ? $data->body : (string) $data;
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;
    use Workerman\Protocols\Http\Request;

    /** Stand-in: runAll() starts the worker and replays PHPLEAK_N purchase requests. */
    final class Worker
    {
        public static array $workers = [];
        public int $count = 1;
        public string $name = 'none';
        public ?\Closure $onWorkerStart = null;
        public ?\Closure $onMessage = null;

        public function __construct(public string $socketName)
        {
            self::$workers[] = $this;
        }

        public static function runAll(): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            $skus = ['boost_30m', 'boost_3h', 'super_boost', 'spotlight_24h'];
            foreach (self::$workers as $worker) {
                if ($worker->onWorkerStart) {
                    ($worker->onWorkerStart)($worker);
                }
                $conn = new TcpConnection();
                for ($i = 0; $i < $n; $i++) {
                    $body = json_encode([
                        'user_id' => 880000 + $i * 7,
                        'sku' => $skus[($i * 5) % 4],
                        'store' => $i % 3 ? 'app_store' : 'play',
                        'currency' => $i % 2 ? 'EUR' : 'USD',
                        'receipt' => base64_encode(random_bytes(120)),
                        'transaction_id' => sprintf('GPA.%04d-%04d-%04d', $i % 9999, ($i * 31) % 9999, ($i * 97) % 9999),
                    ]);
                    ($worker->onMessage)($conn, new Request('POST', '/v1/boosts/purchases', ['content-type' => 'application/json', 'x-user-token' => bin2hex(random_bytes(16))], $body));
                }
            }
        }
    }
}

namespace App\Boosts {
    final class BoostCatalog
    {
        public const PRICES = [
            'boost_30m' => 299,
            'boost_3h' => 799,
            'super_boost' => 1499,
            'spotlight_24h' => 2499,
        ];

        public static function has(string $sku): bool
        {
            return isset(self::PRICES[$sku]);
        }
    }

    final class BoostPurchase
    {
        public function __construct(
            public readonly string $transactionId,
            public readonly int $userId,
            public readonly string $sku,
            public readonly int $priceCents,
            public readonly string $currency,
            public readonly string $store,
            public readonly string $receiptDigest,
            public readonly array $verification,
            public readonly float $purchasedAt,
        ) {
        }
    }

    final class ReceiptVerifier
    {
        public function verify(array $payload): ?BoostPurchase
        {
            if (!BoostCatalog::has((string) ($payload['sku'] ?? ''))) {
                return null;
            }
            $receipt = base64_decode((string) $payload['receipt'], true);
            if ($receipt === false || strlen($receipt) < 64) {
                return null;
            }
            return new BoostPurchase(
                (string) $payload['transaction_id'],
                (int) $payload['user_id'],
                $payload['sku'],
                BoostCatalog::PRICES[$payload['sku']],
                (string) $payload['currency'],
                (string) $payload['store'],
                hash('sha256', $receipt) . ':' . $payload['store'] . ':' . $payload['transaction_id'],
                [
                    'environment' => 'Production',
                    'bundle_id' => $payload['store'] === 'play' ? 'app.sparkd.android' : 'app.sparkd.ios',
                    'original_transaction_id' => (string) $payload['transaction_id'],
                    'signed_date' => gmdate('Y-m-d\TH:i:s\Z'),
                    'quantity' => 1,
                ],
                microtime(true),
            );
        }
    }

    /** Last WINDOW purchases of every SKU, for the "boosting right now" banner. */
    final class BoostSalesWindow
    {
        public const WINDOW = 40;

        /** @var array<string, list<BoostPurchase>> */
        private array $recent = [];
        /** @var array<string, int> */
        private array $revenue = [];

        public function add(BoostPurchase $purchase): void
        {
            $sku = $purchase->sku;
            $this->recent[$sku][] = $purchase;
            if (count($this->recent[$sku]) > self::WINDOW) {
                array_shift($this->recent[$sku]);
            }
            $this->revenue[$sku] = ($this->revenue[$sku] ?? 0) + $purchase->priceCents;
        }

        /** Purchases per minute over the window. */
        public function perMinute(string $sku): float
        {
            $window = $this->recent[$sku] ?? [];
            if (count($window) < 2) {
                return 0.0;
            }
            $span = max(1.0, end($window)->purchasedAt - $window[array_key_first($window)]->purchasedAt);
            return count($window) / ($span / 60);
        }
    }

    final class PurchaseController
    {
        public function __construct(private ReceiptVerifier $verifier, private BoostSalesWindow $sales)
        {
        }

        public function store(\Workerman\Protocols\Http\Request $request): \Workerman\Protocols\Http\Response
        {
            $payload = json_decode($request->rawBody(), true);
            $purchase = is_array($payload) ? $this->verifier->verify($payload) : null;
            if ($purchase === null) {
                return new \Workerman\Protocols\Http\Response(422, [], '{"error":"invalid receipt"}');
            }
            $this->sales->add($purchase);

            return new \Workerman\Protocols\Http\Response(201, ['Content-Type' => 'application/json'], json_encode([
                'transaction' => $purchase->transactionId,
                'banner' => sprintf('%.0f people boosted in the last minute', $this->sales->perMinute($purchase->sku)),
            ]));
        }
    }
}

namespace {
    use App\Boosts\BoostSalesWindow;
    use App\Boosts\PurchaseController;
    use App\Boosts\ReceiptVerifier;
    use Workerman\Connection\TcpConnection;
    use Workerman\Protocols\Http\Request;
    use Workerman\Worker;

    $http = new Worker('http://0.0.0.0:2345');
    $http->count = 4;
    $http->name = 'boost-purchases';

    $controller = null;
    $http->onWorkerStart = static function (Worker $worker) use (&$controller): void {
        $controller = new PurchaseController(new ReceiptVerifier(), new BoostSalesWindow());
    };
    $http->onMessage = static function (TcpConnection $connection, Request $request) use (&$controller): void {
        $connection->send($controller->store($request));
    };

    Worker::runAll();
}
