<?php

declare(strict_types=1);

// Swoole HTTP server stand-in: the real server calls the 'request' callback
// once per HTTP request inside a long-lived worker process.
final class SwooleHttpServer
{
    /** @var array<string, callable> */
    private array $callbacks = [];

    public function on(string $event, callable $callback): void
    {
        $this->callbacks[$event] = $callback;
    }

    public function start(int $requests): void
    {
        for ($i = 0; $i < $requests; $i++) {
            $request = new stdClass();
            $request->server = ['request_uri' => '/kds/tickets', 'request_time' => 1717225200 + $i * 11];
            $request->post = [
                'check' => 40000 + $i,
                'table' => 'T' . (1 + $i % 24),
                'server' => ['Ana', 'Bruno', 'Chloe', 'Dmitri'][$i % 4],
                'items' => [
                    ['sku' => 'STK-RIB', 'qty' => 1 + $i % 2, 'mods' => 'medium rare, no butter, sauce on side #' . $i],
                    ['sku' => 'FRY-CAL', 'qty' => 1, 'mods' => 'extra lemon, shellfish allergy seat ' . (1 + $i % 4)],
                    ['sku' => 'SAL-NIC', 'qty' => 2, 'mods' => 'dressing on side, no anchovy for check ' . (40000 + $i)],
                ],
            ];
            ($this->callbacks['request'])($request, new stdClass());
        }
    }
}

enum Station: string
{
    case Grill = 'grill';
    case Fry = 'fry';
    case Cold = 'cold';
    case Expo = 'expo';

    public static function forSku(string $sku): self
    {
        return match (substr($sku, 0, 3)) {
            'STK' => self::Grill,
            'FRY' => self::Fry,
            'SAL' => self::Cold,
            default => self::Expo,
        };
    }
}

final class TicketLine
{
    /** @var WeakReference<KitchenTicket>|null */
    private ?WeakReference $ticket = null;

    public function __construct(
        public readonly string $sku,
        public readonly int $qty,
        public readonly string $modifiers,
        public readonly Station $station,
    ) {
    }

    public function attachTo(KitchenTicket $ticket): void
    {
        $this->ticket = WeakReference::create($ticket);
    }

    public function courseLabel(): string
    {
        return sprintf('%s / %s x%d (%s)', $this->ticket?->get()?->table ?? '?', $this->sku, $this->qty, $this->modifiers);
    }

    public function fireAt(): int
    {
        $lead = match ($this->station) {
            Station::Grill => 14,
            Station::Fry => 6,
            Station::Cold => 3,
            Station::Expo => 0,
        };
        return ($this->ticket?->get()?->receivedAt ?? time()) + max(0, 14 - $lead) * 60;
    }
}

final class KitchenTicket
{
    /** @var list<TicketLine> */
    private array $lines = [];

    public function __construct(
        public readonly int $checkNumber,
        public readonly string $table,
        public readonly string $server,
        public readonly int $receivedAt,
    ) {
    }

    public function addLine(TicketLine $line): void
    {
        $line->attachTo($this);
        $this->lines[] = $line;
    }

    /** @return array<string, list<TicketLine>> */
    public function byStation(): array
    {
        $out = [];
        foreach ($this->lines as $line) {
            $out[$line->station->value][] = $line;
        }
        return $out;
    }
}

final class TicketFactory
{
    public function fromPayload(array $post, int $receivedAt): KitchenTicket
    {
        $ticket = new KitchenTicket((int) $post['check'], (string) $post['table'], (string) $post['server'], $receivedAt);
        foreach ($post['items'] as $item) {
            $ticket->addLine(new TicketLine($item['sku'], (int) $item['qty'], $item['mods'], Station::forSku($item['sku'])));
        }
        return $ticket;
    }
}

final class KitchenRouter
{
    /** @var array<string, int> tickets fired per station since boot */
    private array $firedPerStation = [];

    public function __construct(private TicketFactory $factory)
    {
    }

    public function handle(object $request): array
    {
        $ticket = $this->factory->fromPayload($request->post, $request->server['request_time']);
        $printout = [];
        foreach ($ticket->byStation() as $station => $lines) {
            $this->firedPerStation[$station] = ($this->firedPerStation[$station] ?? 0) + count($lines);
            foreach ($lines as $line) {
                $printout[] = date('H:i', $line->fireAt()) . ' ' . $line->courseLabel();
            }
        }
        return ['check' => $ticket->checkNumber, 'lines' => count($printout)];
    }
}

$router = new KitchenRouter(new TicketFactory());
$server = new SwooleHttpServer();
$server->on('request', function (object $request, object $response) use ($router): void {
    $result = $router->handle($request);
    $response->status = 201;
    $response->body = json_encode($result);
});
$server->start((int) (getenv('PHPLEAK_N') ?: 100));
