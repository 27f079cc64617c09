<?php

declare(strict_types=1);

namespace App\Http;

final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $headers,
        private readonly string $content,
    ) {
    }

    public function getContent(): string
    {
        return $this->content;
    }

    public function header(string $name): ?string
    {
        return $this->headers[strtolower($name)] ?? null;
    }
}

/**
 * JSON bodies are decoded once per request even though validation, the
 * tenant resolver and the controller all ask for them. Entries are keyed by
 * the request's object id and checked against the request id that owns them,
 * so a recycled object id never hands out another request's body.
 */
final class PayloadParser
{
    /** @var array<int, array{owner: string, data: array}> */
    private array $parsed = [];

    public function parse(Request $request): array
    {
        $id = spl_object_id($request);
        $entry = $this->parsed[$id] ?? null;
        if ($entry !== null && $this->belongsTo($entry, $request)) {
            return $entry['data'];
        }

        $data = json_decode($request->getContent(), true, 32, JSON_THROW_ON_ERROR);
        $this->parsed[$id] = ['owner' => $this->requestId($request), 'data' => $data];

        return $data;
    }

    private function belongsTo(array $entry, Request $request): bool
    {
        return $entry['owner'] === $this->requestId($request);
    }

    private function requestId(Request $request): string
    {
        // set by the load balancer on every request
        return $request->header('x-request-id') ?? throw new \UnexpectedValueException('missing X-Request-Id');
    }
}

final class TenantResolver
{
    public function __construct(private readonly PayloadParser $parser)
    {
    }

    public function resolve(Request $request): string
    {
        return $request->header('x-tenant') ?? ($this->parser->parse($request)['tenant'] ?? 'default');
    }
}

final class OrderValidator
{
    public function __construct(private readonly PayloadParser $parser)
    {
    }

    /** @return list<string> */
    public function errors(Request $request): array
    {
        $data = $this->parser->parse($request);
        $errors = [];
        if (empty($data['items'])) {
            $errors[] = 'items: required';
        }
        if (!isset($data['shipping']['country'])) {
            $errors[] = 'shipping.country: required';
        }

        return $errors;
    }
}

final class CreateOrderController
{
    public function __construct(
        private readonly PayloadParser $parser,
        private readonly OrderValidator $validator,
        private readonly TenantResolver $tenants,
    ) {
    }

    public function __invoke(Request $request): array
    {
        $tenant = $this->tenants->resolve($request);
        $errors = $this->validator->errors($request);
        if ($errors !== []) {
            return ['status' => 422, 'errors' => $errors];
        }
        $data = $this->parser->parse($request);
        $total = array_sum(array_map(static fn (array $i) => $i['qty'] * $i['price'], $data['items']));

        return ['status' => 201, 'tenant' => $tenant, 'total' => $total];
    }
}

namespace App\Octane;

use App\Http\CreateOrderController;
use App\Http\OrderValidator;
use App\Http\PayloadParser;
use App\Http\Request;
use App\Http\TenantResolver;

// Singletons bound once when the Octane worker boots.
$parser = new PayloadParser();
$controller = new CreateOrderController($parser, new OrderValidator($parser), new TenantResolver($parser));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $body = json_encode([
        'tenant' => 'acme',
        'items' => [
            ['sku' => 'SKU-' . $i, 'qty' => 1 + $i % 3, 'price' => 1999],
            ['sku' => 'GIFT-' . $i, 'qty' => 1, 'price' => 499],
        ],
        'shipping' => ['country' => 'NL', 'street' => "Keizersgracht {$i}", 'note' => str_repeat('Leave at the door. ', 8)],
    ]);
    $request = new Request('POST', '/api/orders', ['content-type' => 'application/json', 'x-request-id' => bin2hex(random_bytes(8)) . '-' . $i], $body);
    $controller($request);
}
