<?php
declare(strict_types=1);

namespace Gridline\FieldService;

/*
 * FrankenPHP worker-mode script for the field service API: technicians'
 * handhelds post meter exchanges (old meter out, new meter in, final and
 * initial register reads). Every change to a service point is audited with
 * the technician, work order and correlation id of the request.
 */

if (!function_exists('frankenphp_handle_request')) {
    /** Stand-in for the FrankenPHP worker SAPI: fills the superglobals and runs the handler once per request. */
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $limit = (int) (getenv('PHPLEAK_N') ?: 100);
        if ($served >= $limit) {
            return false;
        }
        $i = $served++;
        $_SERVER['REQUEST_METHOD'] = 'POST';
        $_SERVER['REQUEST_URI'] = '/service-points/' . (880000 + $i * 3) . '/meter-exchange';
        $_SERVER['HTTP_X_TECHNICIAN'] = 'tech-' . (100 + $i % 35);
        $_SERVER['HTTP_X_CORRELATION_ID'] = sprintf('%08x-%04x-4%03x-a%03x-%012x', crc32('x' . $i), $i % 65536, $i % 4096, ($i * 7) % 4096, $i * 104729);
        $_SERVER['REMOTE_ADDR'] = '10.20.' . ($i % 8) . '.' . (10 + $i % 200);
        $GLOBALS['__raw_body'] = json_encode([
            'workOrder' => sprintf('WO-%07d', 2400000 + $i),
            'removed' => ['serial' => sprintf('LG%010d', 7700000000 + $i * 17), 'finalRead' => 48211.4 + $i, 'photo' => 'https://fs.example-utility.com/photos/' . md5('out' . $i) . '.jpg'],
            'installed' => ['serial' => sprintf('IT%010d', 9100000000 + $i * 13), 'initialRead' => 0.8, 'firmware' => '4.2.17', 'photo' => 'https://fs.example-utility.com/photos/' . md5('in' . $i) . '.jpg'],
            'sealNumbers' => ['S' . (500000 + $i), 'S' . (500001 + $i)],
            'notes' => 'Old meter display intermittent, seal intact, no evidence of tampering. Socket inspected, jaws tightened, customer informed of new meter.',
        ]);
        $handler();

        return true;
    }
}

final class ServerRequest
{
    /** @param array<string, string> $headers */
    private function __construct(
        public readonly string $method,
        public readonly string $path,
        private readonly array $headers,
        private readonly string $body,
        public readonly string $clientIp,
    ) {
    }

    public static function fromGlobals(): self
    {
        $headers = [];
        foreach ($_SERVER as $name => $value) {
            if (str_starts_with($name, 'HTTP_')) {
                $headers[strtolower(str_replace('_', '-', substr($name, 5)))] = (string) $value;
            }
        }

        return new self($_SERVER['REQUEST_METHOD'], $_SERVER['REQUEST_URI'], $headers, $GLOBALS['__raw_body'], $_SERVER['REMOTE_ADDR']);
    }

    public function header(string $name): ?string
    {
        return $this->headers[strtolower($name)] ?? null;
    }

    public function json(): array
    {
        return json_decode($this->body, true, 16, JSON_THROW_ON_ERROR);
    }
}

final class AuditContext
{
    public function __construct(private readonly ServerRequest $request)
    {
    }

    public function technician(): string
    {
        return $this->request->header('X-Technician') ?? 'unknown';
    }

    public function correlationId(): string
    {
        return $this->request->header('X-Correlation-Id') ?? '';
    }

    public function origin(): string
    {
        return $this->request->clientIp;
    }
}

/** Per-request audit context, looked up from anywhere that has the request. */
final class RequestAudit
{
    /** @var array<int, AuditContext> */
    private static array $contexts = [];

    public static function begin(ServerRequest $request): AuditContext
    {
        return self::$contexts[spl_object_id($request)] = new AuditContext($request); // leak
    }

    public static function of(ServerRequest $request): AuditContext
    {
        return self::$contexts[spl_object_id($request)] ?? self::begin($request);
    }
}

final class AuditTrail
{
    private int $entries = 0;

    public function record(ServerRequest $request, string $action, string $subject): void
    {
        $ctx = RequestAudit::of($request);
        $entry = sprintf('%s %s %s by %s from %s', $ctx->correlationId(), $action, $subject, $ctx->technician(), $ctx->origin());
        $this->entries++;
    }
}

final class MeterExchangeService
{
    public function __construct(private readonly AuditTrail $audit)
    {
    }

    public function exchange(ServerRequest $request, int $servicePoint): array
    {
        $payload = $request->json();
        $this->audit->record($request, 'meter.removed', $payload['removed']['serial']);
        $this->audit->record($request, 'meter.installed', $payload['installed']['serial']);

        return [
            'servicePoint' => $servicePoint,
            'workOrder' => $payload['workOrder'],
            'consumptionToFinal' => $payload['removed']['finalRead'],
        ];
    }
}

$service = new MeterExchangeService(new AuditTrail());

$handle = static function () use ($service): void {
    $request = ServerRequest::fromGlobals();
    RequestAudit::begin($request);
    preg_match('#^/service-points/(\d+)/meter-exchange$#', $request->path, $m);
    $result = $service->exchange($request, (int) $m[1]);
    header('Content-Type: application/json');
};

while (frankenphp_handle_request($handle)) {
    gc_collect_cycles();
}
