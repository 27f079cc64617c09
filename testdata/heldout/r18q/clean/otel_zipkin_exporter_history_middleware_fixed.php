<?php
// Modelled on open-telemetry/opentelemetry-php https://github.com/open-telemetry/opentelemetry-php/pull/286: the Zipkin/OTLP Exporter's default Guzzle client no longer pushes the unused history middleware
declare(strict_types=1);

namespace GuzzleHttp;

final class Request
{
    public function __construct(public string $method, public string $uri, public array $headers, public string $body)
    {
    }
}

final class Response
{
    public function __construct(private int $status)
    {
    }

    public function getStatusCode(): int
    {
        return $this->status;
    }
}

final class FulfilledPromise
{
    public function __construct(private mixed $value)
    {
    }

    public function then(callable $onFulfilled): self
    {
        return new self($onFulfilled($this->value));
    }

    public function wait(): mixed
    {
        return $this->value;
    }
}

final class Middleware
{
    public static function history(&$container): callable
    {
        return static function (callable $handler) use (&$container): callable {
            return static function (Request $request, array $options) use ($handler, &$container) {
                return $handler($request, $options)->then(
                    static function ($value) use ($request, &$container, $options) {
                        $container[] = ['request' => $request, 'response' => $value, 'error' => null, 'options' => $options];

                        return $value;
                    }
                );
            };
        };
    }
}

final class HandlerStack
{
    private array $stack = [];

    public function __construct(private \Closure $handler)
    {
    }

    public static function create(): self
    {
        // Stands in for the curl handler: the collector answers 202 Accepted.
        return new self(static fn (Request $request, array $options) => new FulfilledPromise(new Response(202)));
    }

    public function push(callable $middleware): void
    {
        $this->stack[] = $middleware;
    }

    public function resolve(): callable
    {
        $prev = $this->handler;
        foreach (array_reverse($this->stack) as $fn) {
            $prev = $fn($prev);
        }

        return $prev;
    }
}

final class Client
{
    public function __construct(private array $config)
    {
    }

    public static function createWithConfig(array $config): self
    {
        $config['handler'] ??= HandlerStack::create();

        return new self($config);
    }

    public function sendRequest(Request $request): Response
    {
        $handler = $this->config['handler']->resolve();

        return $handler($request, ['timeout' => $this->config['timeout']])->wait();
    }
}

namespace OpenTelemetry\Contrib\Zipkin;

use GuzzleHttp\Client;
use GuzzleHttp\Request;

final class SpanConverter
{
    public function __construct(private string $serviceName)
    {
    }

    public function convert(array $span): array
    {
        return ['name' => $span['name'], 'localEndpoint' => ['serviceName' => $this->serviceName], 'tags' => $span['attributes']];
    }
}

class Exporter
{
    public const SUCCESS = 0;
    public const FAILED_NOT_RETRYABLE = 1;
    public const FAILED_RETRYABLE = 2;

    private string $endpointUrl;
    private SpanConverter $spanConverter;
    private bool $running = true;
    private Client $client;

    public function __construct(string $name, string $endpointUrl, ?SpanConverter $spanConverter = null, ?Client $client = null)
    {
        $this->endpointUrl = $endpointUrl;
        $this->client = $client ?? $this->createDefaultClient();
        $this->spanConverter = $spanConverter ?? new SpanConverter($name);
    }

    public function export(iterable $spans): int
    {
        if (!$this->running) {
            return self::FAILED_NOT_RETRYABLE;
        }

        $convertedSpans = [];
        foreach ($spans as $span) {
            array_push($convertedSpans, $this->spanConverter->convert($span));
        }

        $json = json_encode($convertedSpans);
        $headers = ['content-type' => 'application/json'];
        $request = new Request('POST', $this->endpointUrl, $headers, $json);
        $response = $this->client->sendRequest($request);

        if ($response->getStatusCode() >= 400) {
            return self::FAILED_RETRYABLE;
        }

        return self::SUCCESS;
    }

    protected function createDefaultClient(): Client
    {
        return Client::createWithConfig([
            'timeout' => 30,
        ]);
    }
}

namespace App;

use OpenTelemetry\Contrib\Zipkin\Exporter;

// A Swoole HTTP worker: spans of each request are exported by the one long-lived exporter.
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$exporter = new Exporter('checkout-api', 'http://zipkin:9411/api/v2/spans');
for ($i = 0; $i < $n; $i++) {
    $exporter->export([
        ['name' => 'GET /cart/' . $i, 'attributes' => ['http.status_code' => '200', 'cart.items' => str_repeat('sku-' . $i . ',', 30)]],
        ['name' => 'SELECT carts', 'attributes' => ['db.statement' => 'SELECT * FROM carts WHERE id = ' . $i]],
    ]);
}
