<?php

declare(strict_types=1);

namespace App\Stream;

trait EventEmitter
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function on(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener; // leak
    }

    protected function emit(string $event, array $arguments = []): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$arguments);
        }
    }
}

/** Readable response body; emits data/end/error and hands itself to listeners. */
final class BodyStream
{
    use EventEmitter;

    private bool $closed = false;

    /** @param list<string> $chunks */
    public function __construct(public readonly string $url, private array $chunks)
    {
    }

    public function resume(): void
    {
        while (!$this->closed && $this->chunks !== []) {
            $this->emit('data', [array_shift($this->chunks), $this]);
        }
        if (!$this->closed) {
            $this->closed = true;
            $this->emit('end', [$this]);
        }
    }

    public function close(): void
    {
        $this->closed = true;
        $this->chunks = [];
    }
}

final class Deferred
{
    public mixed $value = null;

    public ?\Throwable $error = null;

    public function resolve(mixed $value): void
    {
        $this->value = $value;
    }

    public function reject(\Throwable $error): void
    {
        $this->error = $error;
    }
}

final class HttpClient
{
    public function get(string $url): BodyStream
    {
        $items = [];
        for ($k = 0; $k < 6; $k++) {
            $items[] = ['sku' => sprintf('%s-%02d', basename($url), $k), 'price' => 1000 + $k, 'stock' => $k * 3];
        }
        $json = json_encode(['supplier' => basename($url), 'items' => $items], JSON_THROW_ON_ERROR);

        return new BodyStream($url, str_split($json, 128));
    }
}

namespace App\Import;

use App\Stream\BodyStream;
use App\Stream\Deferred;
use App\Stream\HttpClient;

final class FeedTooLarge extends \RuntimeException
{
}

final class SupplierFeedFetcher
{
    private const MAX_BYTES = 64 * 1024;

    public function __construct(private readonly HttpClient $http)
    {
    }

    public function fetch(string $url): Deferred
    {
        $deferred = new Deferred();
        $body = '';
        $stream = $this->http->get($url);

        $stream->on('data', function (string $chunk) use (&$body, $stream, $deferred): void { // leak
            $body .= $chunk;
            if (strlen($body) > self::MAX_BYTES) {
                $stream->close();
                $deferred->reject(new FeedTooLarge("{$stream->url} exceeds " . self::MAX_BYTES . ' bytes'));
            }
        });
        $stream->on('end', static function () use (&$body, $deferred): void {
            $deferred->resolve(json_decode($body, true, 16, JSON_THROW_ON_ERROR));
        });
        $stream->resume();

        return $deferred;
    }
}

final class ImportSupplierFeedJob
{
    public function __construct(public readonly string $supplierId)
    {
    }

    public function handle(SupplierFeedFetcher $fetcher, PriceBook $prices): void
    {
        $result = $fetcher->fetch("https://feeds.example.test/suppliers/{$this->supplierId}");
        if ($result->error === null) {
            $prices->apply($result->value['items']);
        }
    }
}

final class PriceBook
{
    private int $updated = 0;

    /** @param list<array{sku: string, price: int, stock: int}> $items */
    public function apply(array $items): void
    {
        $this->updated += count($items);
    }
}

$fetcher = new SupplierFeedFetcher(new HttpClient());
$prices = new PriceBook();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    (new ImportSupplierFeedJob(sprintf('sup%05d', $i)))->handle($fetcher, $prices);
}
