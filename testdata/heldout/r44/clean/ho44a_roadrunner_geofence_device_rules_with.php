<?php

declare(strict_types=1);

namespace Psr\Http\Message {

    interface ServerRequestInterface
    {
        public function getMethod(): string;

        public function getUri(): string;

        public function getHeaderLine(string $name): string;

        public function getParsedBody(): mixed;

        public function getAttribute(string $name, mixed $default = null): mixed;

        public function withAttribute(string $name, mixed $value): static;
    }

    interface ResponseInterface
    {
        public function getStatusCode(): int;

        public function getBody(): string;
    }
}

namespace Psr\Http\Server {

    use Psr\Http\Message\ResponseInterface;
    use Psr\Http\Message\ServerRequestInterface;

    interface RequestHandlerInterface
    {
        public function handle(ServerRequestInterface $request): ResponseInterface;
    }

    interface MiddlewareInterface
    {
        public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface;
    }
}

namespace Nyholm\Psr7 {

    use Psr\Http\Message\ResponseInterface;
    use Psr\Http\Message\ServerRequestInterface;

    final class ServerRequest implements ServerRequestInterface
    {
        private array $attributes = [];

        public function __construct(
            private readonly string $method,
            private readonly string $uri,
            private readonly array $headers = [],
            private readonly mixed $parsedBody = null,
        ) {
        }

        public function getMethod(): string
        {
            return $this->method;
        }

        public function getUri(): string
        {
            return $this->uri;
        }

        public function getHeaderLine(string $name): string
        {
            return $this->headers[strtolower($name)] ?? '';
        }

        public function getParsedBody(): mixed
        {
            return $this->parsedBody;
        }

        public function getAttribute(string $name, mixed $default = null): mixed
        {
            return $this->attributes[$name] ?? $default;
        }

        public function withAttribute(string $name, mixed $value): static
        {
            $new = clone $this;
            $new->attributes[$name] = $value;

            return $new;
        }
    }

    final class Response implements ResponseInterface
    {
        public function __construct(private readonly int $status = 200, private readonly array $headers = [], private readonly string $body = '')
        {
        }

        public function getStatusCode(): int
        {
            return $this->status;
        }

        public function getBody(): string
        {
            return $this->body;
        }
    }
}

namespace Spiral\RoadRunner {

    final class Payload
    {
        public function __construct(public readonly string $body = '', public readonly string $header = '')
        {
        }
    }

    interface WorkerInterface
    {
        public function waitPayload(): ?Payload;

        public function respond(Payload $payload): void;
    }

    final class Worker implements WorkerInterface
    {
        private int $served = 0;
        private readonly int $maxJobs;

        private function __construct()
        {
            $this->maxJobs = (int) (getenv('PHPLEAK_N') ?: 100);
        }

        public static function create(): self
        {
            return new self();
        }

        public function waitPayload(): ?Payload
        {
            if ($this->served >= $this->maxJobs) {
                return null;
            }
            $i = $this->served++;
            $body = json_encode([
                'device' => sprintf('trk-%05d', 10000 + $i),
                'lat' => 40.40 + ($i % 60) * 0.002,
                'lon' => -3.72 + ($i % 45) * 0.002,
                'speed_kph' => 10 + ($i * 11) % 90,
                'ts' => 1_718_100_000 + $i * 30,
            ]);
            $headers = json_encode([
                'method' => 'POST',
                'uri' => '/v2/positions',
                'headers' => [
                    'content-type' => 'application/json',
                    'x-tenant' => ['acme-logistics', 'velo-courier', 'city-waste'][$i % 3],
                    'x-device-limits' => sprintf('speed=%d;curfew=%02d-%02d', 50 + ($i % 4) * 10, 22, 6),
                ],
            ]);

            return new Payload((string) $body, (string) $headers);
        }

        public function respond(Payload $payload): void
        {
        }
    }
}

namespace Spiral\RoadRunner\Http {

    use Nyholm\Psr7\ServerRequest;
    use Psr\Http\Message\ResponseInterface;
    use Psr\Http\Message\ServerRequestInterface;
    use Spiral\RoadRunner\Payload;
    use Spiral\RoadRunner\WorkerInterface;

    class PSR7Worker
    {
        public function __construct(
            private readonly WorkerInterface $worker,
            private readonly object $requestFactory,
            private readonly object $streamFactory,
            private readonly object $uploadsFactory,
        ) {
        }

        public function waitRequest(): ?ServerRequestInterface
        {
            $payload = $this->worker->waitPayload();
            if ($payload === null) {
                return null;
            }
            $context = json_decode($payload->header, true);

            return new ServerRequest($context['method'], $context['uri'], $context['headers'], json_decode($payload->body, true));
        }

        public function respond(ResponseInterface $response): void
        {
            $this->worker->respond(new Payload($response->getBody(), (string) json_encode(['status' => $response->getStatusCode()])));
        }
    }
}

namespace Geo\Fence {

    final class Zone
    {
        /** @param list<array{0: float, 1: float}> $ring lat/lon, closed implicitly */
        public function __construct(public readonly string $id, public readonly string $name, public readonly array $ring)
        {
        }

        public function contains(float $lat, float $lon): bool
        {
            $inside = false;
            $n = count($this->ring);
            for ($i = 0, $j = $n - 1; $i < $n; $j = $i++) {
                [$yi, $xi] = $this->ring[$i];
                [$yj, $xj] = $this->ring[$j];
                if ((($yi > $lat) !== ($yj > $lat)) && ($lon < ($xj - $xi) * ($lat - $yi) / (($yj - $yi) ?: 1e-12) + $xi)) {
                    $inside = !$inside;
                }
            }

            return $inside;
        }
    }

    /** What a rule sees: rules are bound to this object and read its private state. */
    final class FenceContext
    {
        /** @param list<Zone> $zones */
        public function __construct(
            private readonly string $deviceId,
            private readonly float $speedKph,
            private readonly int $hour,
            private readonly array $zones,
        ) {
        }

        public function deviceId(): string
        {
            return $this->deviceId;
        }
    }

    final class FenceRule
    {
        public function __construct(
            public readonly string $name,
            public readonly \Closure $check,
            public readonly ?string $deviceId = null,
        ) {
        }
    }

    final class RuleSet
    {
        /** @param list<FenceRule> $rules */
        public function __construct(private array $rules)
        {
        }

        /** @param list<FenceRule> $rules */
        public function with(array $rules): self
        {
            $set = clone $this;
            $set->rules = array_merge($this->rules, $rules);

            return $set;
        }

        /** @return list<string> names of the rules that fired */
        public function evaluate(FenceContext $context): array
        {
            $fired = [];
            foreach ($this->rules as $rule) {
                if ($rule->deviceId !== null && $rule->deviceId !== $context->deviceId()) {
                    continue;
                }
                if (\Closure::bind($rule->check, $context, FenceContext::class)()) {
                    $fired[] = $rule->name;
                }
            }

            return $fired;
        }
    }

    final class ZoneIndex
    {
        /** @param list<Zone> $zones */
        public function __construct(private readonly array $zones)
        {
        }

        /** @return list<Zone> */
        public function at(float $lat, float $lon): array
        {
            return array_values(array_filter($this->zones, fn (Zone $z): bool => $z->contains($lat, $lon)));
        }
    }
}

namespace Geo\Http {

    use Geo\Fence\FenceContext;
    use Geo\Fence\FenceRule;
    use Geo\Fence\RuleSet;
    use Geo\Fence\ZoneIndex;
    use Nyholm\Psr7\Response;
    use Psr\Http\Message\ResponseInterface;
    use Psr\Http\Message\ServerRequestInterface;
    use Psr\Http\Server\MiddlewareInterface;
    use Psr\Http\Server\RequestHandlerInterface;

    final class TenantMiddleware implements MiddlewareInterface
    {
        private const TENANTS = ['acme-logistics', 'velo-courier', 'city-waste'];

        public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
        {
            $tenant = $request->getHeaderLine('X-Tenant');
            if (!in_array($tenant, self::TENANTS, true)) {
                return new Response(403, [], '{"error":"unknown tenant"}');
            }

            return $handler->handle($request->withAttribute('tenant', $tenant));
        }
    }

    final class PositionController implements RequestHandlerInterface
    {
        public function __construct(private readonly ZoneIndex $zones, private readonly RuleSet $rules)
        {
        }

        public function handle(ServerRequestInterface $request): ResponseInterface
        {
            $ping = $request->getParsedBody();
            if (!is_array($ping) || !isset($ping['device'], $ping['lat'], $ping['lon'])) {
                return new Response(422, [], '{"error":"device, lat, lon required"}');
            }

            $zones = $this->zones->at((float) $ping['lat'], (float) $ping['lon']);
            $context = new FenceContext(
                (string) $ping['device'],
                (float) ($ping['speed_kph'] ?? 0),
                (int) gmdate('G', (int) ($ping['ts'] ?? time())),
                $zones,
            );

            $rules = $this->rules->with($this->deviceRules((string) $ping['device'], $request->getHeaderLine('X-Device-Limits')));
            $alerts = $rules->evaluate($context);

            return new Response(200, ['Content-Type' => 'application/json'], (string) json_encode([
                'device' => $ping['device'],
                'tenant' => $request->getAttribute('tenant'),
                'zones' => array_map(fn ($z) => $z->id, $zones),
                'alerts' => $alerts,
            ]));
        }

        /** Limits the tenant configured for this tracker, sent along by the ingest gateway. */
        private function deviceRules(string $deviceId, string $header): array
        {
            parse_str(str_replace(';', '&', $header), $limits);
            $rules = [];
            if (isset($limits['speed'])) {
                $max = (float) $limits['speed'];
                $rules[] = new FenceRule("speed>{$max}", function () use ($max): bool {
                    return $this->zones !== [] && $this->speedKph > $max;
                }, $deviceId);
            }
            if (isset($limits['curfew']) && preg_match('/^(\d{2})-(\d{2})$/', (string) $limits['curfew'], $m)) {
                [$from, $to] = [(int) $m[1], (int) $m[2]];
                $rules[] = new FenceRule("curfew {$m[0]}", function () use ($from, $to): bool {
                    return $from > $to ? ($this->hour >= $from || $this->hour < $to) : ($this->hour >= $from && $this->hour < $to);
                }, $deviceId);
            }

            return $rules;
        }
    }

    final class Pipeline implements RequestHandlerInterface
    {
        /** @param list<MiddlewareInterface> $middleware */
        public function __construct(private readonly array $middleware, private readonly RequestHandlerInterface $last)
        {
        }

        public function handle(ServerRequestInterface $request): ResponseInterface
        {
            if ($this->middleware === []) {
                return $this->last->handle($request);
            }
            $next = new self(array_slice($this->middleware, 1), $this->last);

            return $this->middleware[0]->process($request, $next);
        }
    }
}

namespace {

    use Geo\Fence\FenceRule;
    use Geo\Fence\RuleSet;
    use Geo\Fence\Zone;
    use Geo\Fence\ZoneIndex;
    use Geo\Http\Pipeline;
    use Geo\Http\PositionController;
    use Geo\Http\TenantMiddleware;
    use Nyholm\Psr7\Response;
    use Spiral\RoadRunner\Http\PSR7Worker;
    use Spiral\RoadRunner\Worker;

    $zones = new ZoneIndex([
        new Zone('mad-centro', 'Madrid Central LEZ', [[40.405, -3.715], [40.405, -3.690], [40.425, -3.690], [40.425, -3.715]]),
        new Zone('school-17', 'Colegio Ruiz Zone 30', [[40.410, -3.705], [40.410, -3.700], [40.414, -3.700], [40.414, -3.705]]),
        new Zone('depot-sur', 'Depot Sur', [[40.470, -3.640], [40.470, -3.620], [40.480, -3.620], [40.480, -3.640]]),
    ]);

    // Rules every tenant gets; the context they are bound to exposes zones, speed and hour.
    $baseline = new RuleSet([
        new FenceRule('zone30', function (): bool {
            foreach ($this->zones as $zone) {
                if (str_starts_with($zone->id, 'school-') && $this->speedKph > 30) {
                    return true;
                }
            }

            return false;
        }),
        new FenceRule('lez-entry', function (): bool {
            return in_array('mad-centro', array_map(fn ($z) => $z->id, $this->zones), true);
        }),
    ]);

    $app = new Pipeline([new TenantMiddleware()], new PositionController($zones, $baseline));

    $worker = Worker::create();
    $psr7 = new PSR7Worker($worker, new stdClass(), new stdClass(), new stdClass());
    while ($request = $psr7->waitRequest()) {
        try {
            $psr7->respond($app->handle($request));
        } catch (Throwable $e) {
            $psr7->respond(new Response(500, [], $e->getMessage()));
        }
    }
}
