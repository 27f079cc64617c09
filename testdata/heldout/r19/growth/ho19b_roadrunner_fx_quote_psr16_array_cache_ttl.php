<?php

declare(strict_types=1);

namespace App\Cache;

/** Subset of PSR-16 used by the application. */
interface SimpleCache
{
    public function get(string $key, mixed $default = null): mixed;

    public function set(string $key, mixed $value, null|int|\DateInterval $ttl = null): bool;

    public function delete(string $key): bool;
}

final class ArrayCache implements SimpleCache
{
    /** @var array<string, array{0: mixed, 1: ?float}> */
    private array $items = [];

    public function __construct(private readonly int $defaultTtl = 300)
    {
    }

    public function get(string $key, mixed $default = null): mixed
    {
        if (!isset($this->items[$key])) {
            return $default;
        }

        [$value, $expiresAt] = $this->items[$key];
        if ($expiresAt !== null && $expiresAt <= microtime(true)) {
            unset($this->items[$key]);

            return $default;
        }

        return $value;
    }

    public function set(string $key, mixed $value, null|int|\DateInterval $ttl = null): bool
    {
        $seconds = match (true) {
            $ttl instanceof \DateInterval => (new \DateTimeImmutable())->add($ttl)->getTimestamp() - time(),
            $ttl === null => $this->defaultTtl,
            default => $ttl,
        };

        $this->items[$key] = [$value, $seconds > 0 ? microtime(true) + $seconds : null]; // leak

        return true;
    }

    public function delete(string $key): bool
    {
        unset($this->items[$key]);

        return true;
    }
}

final class CacheManager
{
    private static ?self $instance = null;

    /** @var array<string, SimpleCache> */
    private array $stores = [];

    public static function getInstance(): self
    {
        return self::$instance ??= new self();
    }

    public function store(string $name = 'array'): SimpleCache
    {
        return $this->stores[$name] ??= new ArrayCache(defaultTtl: 60);
    }
}

final class Cache
{
    public static function remember(string $key, int $ttl, \Closure $callback): mixed
    {
        $store = CacheManager::getInstance()->store();
        $value = $store->get($key);
        if ($value === null) {
            $value = $callback();
            $store->set($key, $value, $ttl);
        }

        return $value;
    }
}

namespace App\Pricing;

use App\Cache\Cache;

final class Quote
{
    public function __construct(
        public readonly string $from,
        public readonly string $to,
        public readonly float $amount,
        public readonly float $converted,
        public readonly float $rate,
        public readonly string $disclaimer,
    ) {
    }
}

final class FxQuoteService
{
    /** @param array<string, float> $ratesToEur */
    public function __construct(private readonly array $ratesToEur)
    {
    }

    public function quote(string $from, string $to, float $amount, string $accountId): Quote
    {
        $key = sprintf('fx.quote.%s.%s.%0.2f.%s', $from, $to, $amount, $accountId);

        return Cache::remember($key, 30, function () use ($from, $to, $amount): Quote {
            $rate = $this->ratesToEur[$from] / $this->ratesToEur[$to];

            return new Quote(
                $from,
                $to,
                $amount,
                round($amount * $rate, 2),
                $rate,
                sprintf('Indicative %s/%s rate, valid for 30 seconds, fees not included.', $from, $to),
            );
        });
    }
}

namespace App\Http;

use App\Pricing\FxQuoteService;

final class QuoteAction
{
    public function __construct(private readonly FxQuoteService $quotes)
    {
    }

    /** @param array{from: string, to: string, amount: string, account: string} $query */
    public function __invoke(array $query): array
    {
        $quote = $this->quotes->quote($query['from'], $query['to'], (float) $query['amount'], $query['account']);

        return ['status' => 200, 'body' => json_encode($quote, \JSON_THROW_ON_ERROR)];
    }
}

namespace Spiral\RoadRunner\Http;

/** Stand-in of the RoadRunner PSR-7 worker loop. */
final class PSR7Worker
{
    public function __construct(private readonly \Closure $handler)
    {
    }

    public function serve(int $requests): void
    {
        $currencies = ['USD', 'GBP', 'CHF', 'JPY'];
        for ($i = 0; $i < $requests; $i++) {
            ($this->handler)([
                'from' => $currencies[$i % 4],
                'to' => 'EUR',
                'amount' => (string) (10 + $i * 3.5),
                'account' => 'acc_' . dechex(0xA000 + $i),
            ]);
        }
    }
}

namespace App;

use App\Http\QuoteAction;
use App\Pricing\FxQuoteService;
use Spiral\RoadRunner\Http\PSR7Worker;

$action = new QuoteAction(new FxQuoteService(['EUR' => 1.0, 'USD' => 0.92, 'GBP' => 1.16, 'CHF' => 1.04, 'JPY' => 0.0062]));
$n = (int) (getenv('PHPLEAK_N') ?: 100);
(new PSR7Worker(static fn (array $query): array => $action($query)))->serve($n);
