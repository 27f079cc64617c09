<?php

declare(strict_types=1);

/*
 * DNS zone editor endpoint of a hosting control panel, served by a Swoole
 * HTTP server. Each PATCH /zones/{zone}/records request loads the zone,
 * applies the change set, bumps the SOA serial and renders the zone file
 * that is pushed to the authoritative nameservers.
 */

final class SwooleHttpRequest
{
    public function __construct(
        public array $server,
        public array $header,
        public ?array $post,
    ) {
    }
}

final class SwooleHttpResponse
{
    public int $status = 200;
    public string $body = '';

    public function status(int $code): void
    {
        $this->status = $code;
    }

    public function end(string $body = ''): void
    {
        $this->body = $body;
    }
}

/** Minimal stand-in for Swoole\Http\Server: the worker dispatches requests to the 'request' callback. */
final class SwooleHttpServer
{
    /** @var array<string, callable> */
    private array $callbacks = [];

    public function on(string $event, callable $callback): void
    {
        $this->callbacks[$event] = $callback;
    }

    public function dispatch(SwooleHttpRequest $request): SwooleHttpResponse
    {
        $response = new SwooleHttpResponse();
        ($this->callbacks['request'])($request, $response);

        return $response;
    }
}

enum RecordType: string
{
    case A = 'A';
    case AAAA = 'AAAA';
    case CNAME = 'CNAME';
    case MX = 'MX';
    case TXT = 'TXT';
}

final class ResourceRecord
{
    /** @var WeakReference<DnsZone>|null */
    private ?WeakReference $zone = null;

    public function __construct(
        public readonly string $name,
        public readonly RecordType $type,
        public readonly string $content,
        public readonly int $ttl = 3600,
        public readonly ?int $priority = null,
    ) {
    }

    public function setZone(DnsZone $zone): void
    {
        $this->zone = WeakReference::create($zone);
    }

    public function fqdn(): string
    {
        $origin = $this->zone?->get()?->origin ?? '';

        return $this->name === '@' ? $origin : $this->name . '.' . $origin;
    }

    public function toZoneLine(): string
    {
        $prio = $this->priority !== null ? $this->priority . ' ' : '';
        $content = $this->type === RecordType::TXT ? '"' . addslashes($this->content) . '"' : $this->content;

        return sprintf('%-40s %6d IN %-5s %s%s', $this->fqdn(), $this->ttl, $this->type->value, $prio, $content);
    }
}

final class DnsZone
{
    /** @var array<string, list<ResourceRecord>> */
    private array $records = [];

    public function __construct(
        public readonly string $origin,
        public int $serial,
        public readonly string $primaryNs = 'ns1.panel-dns.net.',
        public readonly string $hostmaster = 'hostmaster.panel-dns.net.',
    ) {
    }

    public function addRecord(ResourceRecord $record): void
    {
        $this->records[self::rrsetKey($record->name, $record->type)][] = $record;
        $record->setZone($this);
    }

    public function removeRrset(string $name, RecordType $type): void
    {
        unset($this->records[self::rrsetKey($name, $type)]);
    }

    public function bumpSerial(DateTimeImmutable $now): void
    {
        $today = (int) $now->format('Ymd00');
        $this->serial = max($this->serial + 1, $today);
    }

    /** @return iterable<ResourceRecord> */
    public function records(): iterable
    {
        foreach ($this->records as $rrset) {
            yield from $rrset;
        }
    }

    private static function rrsetKey(string $name, RecordType $type): string
    {
        return strtolower($name) . '/' . $type->value;
    }
}

final class ZoneRepository
{
    /** @param array<string, array{serial: int, records: list<array>}> $rows */
    public function __construct(private array $rows)
    {
    }

    public function load(string $origin): DnsZone
    {
        $row = $this->rows[$origin] ?? throw new DomainException("Unknown zone $origin");
        $zone = new DnsZone($origin, $row['serial']);
        foreach ($row['records'] as [$name, $type, $content, $ttl, $prio]) {
            $zone->addRecord(new ResourceRecord($name, RecordType::from($type), $content, $ttl, $prio));
        }

        return $zone;
    }

    public function saveSerial(DnsZone $zone): void
    {
        $this->rows[$zone->origin]['serial'] = $zone->serial;
    }
}

final class ZoneFileRenderer
{
    public function render(DnsZone $zone): string
    {
        $lines = [
            '$ORIGIN ' . $zone->origin,
            sprintf('@ 3600 IN SOA %s %s %d 7200 3600 1209600 300', $zone->primaryNs, $zone->hostmaster, $zone->serial),
        ];
        foreach ($zone->records() as $record) {
            $lines[] = $record->toZoneLine();
        }

        return implode("\n", $lines) . "\n";
    }
}

final class ZoneRecordsController
{
    private int $pushed = 0;

    public function __construct(
        private ZoneRepository $zones,
        private ZoneFileRenderer $renderer,
    ) {
    }

    public function patch(SwooleHttpRequest $request, SwooleHttpResponse $response): void
    {
        $origin = $request->server['zone'];
        $change = $request->post ?? [];

        $zone = $this->zones->load($origin);
        $type = RecordType::tryFrom($change['type'] ?? '') ?? RecordType::TXT;
        $zone->removeRrset($change['name'], $type);
        $zone->addRecord(new ResourceRecord($change['name'], $type, $change['content'], (int) ($change['ttl'] ?? 300)));
        $zone->bumpSerial(new DateTimeImmutable('@' . $request->server['request_time']));
        $this->zones->saveSerial($zone);

        $body = $this->renderer->render($zone);
        $this->pushed += strlen($body);

        $response->status(202);
        $response->end(json_encode(['zone' => $origin, 'serial' => $zone->serial, 'bytes' => strlen($body)]));
    }
}

$requests = (int) (getenv('PHPLEAK_N') ?: 100);

$zones = new ZoneRepository([
    'shop-example.com.' => ['serial' => 2024050101, 'records' => [
        ['@', 'A', '203.0.113.10', 3600, null],
        ['www', 'CNAME', 'shop-example.com.', 3600, null],
        ['@', 'MX', 'mx1.mailhost.net.', 3600, 10],
        ['@', 'TXT', 'v=spf1 include:_spf.mailhost.net ~all', 3600, null],
    ]],
    'agency-site.io.' => ['serial' => 2024042903, 'records' => [
        ['@', 'A', '198.51.100.24', 300, null],
        ['@', 'AAAA', '2001:db8::24', 300, null],
        ['api', 'A', '198.51.100.25', 300, null],
    ]],
]);

$controller = new ZoneRecordsController($zones, new ZoneFileRenderer());
$server = new SwooleHttpServer();
$server->on('request', [$controller, 'patch']);

$origins = ['shop-example.com.', 'agency-site.io.'];
for ($i = 0; $i < $requests; $i++) {
    $server->dispatch(new SwooleHttpRequest(
        ['zone' => $origins[$i % 2], 'request_uri' => '/zones/' . $origins[$i % 2] . '/records', 'request_time' => 1714521600 + $i * 17],
        ['authorization' => 'Bearer pat_' . md5("token$i")],
        ['name' => '_acme-challenge', 'type' => 'TXT', 'content' => base64_encode(hash('sha256', "challenge-$i", true)), 'ttl' => '60'],
    ));
}
