<?php

declare(strict_types=1);

/** Minimal stand-in for Swoole\Http\Server: registers callbacks, then serves a fixed number of requests. */
final class PortalHttpServer
{
    /** @var array<string, callable> */
    private array $callbacks = [];

    public function __construct(private string $host, private int $port, private int $maxRequests)
    {
    }

    public function on(string $event, callable $callback): void
    {
        $this->callbacks[$event] = $callback;
    }

    public function start(callable $nextRequest): void
    {
        ($this->callbacks['workerStart'] ?? static fn () => null)($this, 0);
        for ($i = 0; $i < $this->maxRequests; $i++) {
            $request = $nextRequest($i);
            $response = new PortalResponse();
            ($this->callbacks['request'])($request, $response);
        }
    }
}

final class PortalResponse
{
    public int $status = 200;
    public array $headers = [];
    public string $body = '';

    public function header(string $name, string $value): void
    {
        $this->headers[strtolower($name)] = $value;
    }

    public function end(string $body): void
    {
        $this->body = $body;
    }
}

/** Event emitter in the style of evenement/evenement. */
final class PortalEvents
{
    private array $listeners = [];

    public function on(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener; // leak
    }

    public function emit(string $event, array $arguments = []): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$arguments);
        }
    }
}

final class RentLedgerGateway
{
    private int $posted = 0;

    public function post(string $tenantId, int $amountCents, string $reference): string
    {
        $this->posted++;
        return sprintf('PMT-%s-%06d', substr(md5($tenantId . $reference), 0, 8), $amountCents);
    }
}

final class MaintenanceDesk
{
    private int $opened = 0;

    public function open(string $tenantId, string $unit, string $category, string $description): string
    {
        $this->opened++;
        return sprintf('MT-%s-%s-%d', $unit, strtoupper(substr($category, 0, 3)), crc32($tenantId . $description) % 100000);
    }
}

final class TenantPortalSession
{
    private PortalEvents $events;
    private \ArrayObject $audit;
    private array $notices = [];

    public function __construct(
        public readonly string $tenantId,
        public readonly string $unit,
        public readonly string $displayName,
        private RentLedgerGateway $ledger,
        private MaintenanceDesk $desk,
    ) {
        $this->events = new PortalEvents();
        $this->audit = new \ArrayObject();
        $this->subscribe(['payment.submitted' => 'pay', 'maintenance.requested' => 'ticket', 'profile.updated' => 'profile']);
    }

    private function subscribe(array $map): void
    {
        foreach ($map as $event => $action) {
            $this->events->on($event, $this->handlerFor($action)); // leak
        }
    }

    private function handlerFor(string $action): \Closure
    {
        $audit = $this->audit;

        return function (array $payload) use ($action, $audit): void { // leak
            $audit->append(['action' => $action, 'tenant' => $this->tenantId, 'at' => $payload['submitted_at']]);
            $this->notices[] = match ($action) {
                'pay' => $this->ledger->post($this->tenantId, (int) $payload['amount_cents'], $payload['reference']),
                'ticket' => $this->desk->open($this->tenantId, $this->unit, $payload['category'], $payload['description']),
                default => 'profile-saved',
            };
        };
    }

    public function dispatch(string $event, array $payload): void
    {
        $this->events->emit($event, [$payload]);
    }

    public function notices(): array
    {
        return $this->notices;
    }
}

final class TenantDirectory
{
    public function find(string $tenantId): array
    {
        $n = (int) substr($tenantId, 2);
        return [
            'unit' => sprintf('%d%s', 1 + $n % 12, chr(65 + $n % 4)),
            'name' => sprintf('Resident %s', $tenantId),
        ];
    }
}

$ledger = new RentLedgerGateway();
$desk = new MaintenanceDesk();
$directory = new TenantDirectory();
$server = new PortalHttpServer('0.0.0.0', 9501, (int) (getenv('PHPLEAK_N') ?: 100));

$server->on('request', function (array $request, PortalResponse $response) use ($ledger, $desk, $directory): void {
    $tenantId = $request['header']['x-tenant-id'];
    $tenant = $directory->find($tenantId);
    $session = new TenantPortalSession($tenantId, $tenant['unit'], $tenant['name'], $ledger, $desk);

    $payload = json_decode($request['rawContent'], true);
    $event = match ($request['server']['request_uri']) {
        '/portal/payments' => 'payment.submitted',
        '/portal/maintenance' => 'maintenance.requested',
        default => 'profile.updated',
    };
    $session->dispatch($event, $payload);

    $response->header('Content-Type', 'application/json');
    $response->end(json_encode(['ok' => true, 'notices' => $session->notices()]));
});

$routes = ['/portal/payments', '/portal/maintenance', '/portal/profile'];
$categories = ['plumbing', 'appliance', 'hvac', 'pest control'];
$server->start(static function (int $i) use ($routes, $categories): array {
    return [
        'header' => ['x-tenant-id' => 'T-' . (4100 + $i)],
        'server' => ['request_uri' => $routes[$i % 3], 'request_method' => 'POST'],
        'rawContent' => json_encode([
            'amount_cents' => 145000 + ($i % 50) * 100,
            'reference' => sprintf('ACH-%08d', 90000 + $i),
            'category' => $categories[$i % 4],
            'description' => "Kitchen faucet drips constantly and the cabinet below is getting damp; request #$i",
            'submitted_at' => date(DATE_ATOM, 1717200000 + $i * 37),
        ]),
    ];
});
