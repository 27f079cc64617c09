<?php

declare(strict_types=1);

// Workerman stand-in: one TcpConnection per POS terminal message, the
// onMessage callback runs inside the long-lived worker process.
final class TcpConnection
{
    public array $sent = [];

    public function __construct(public readonly int $id)
    {
    }

    public function send(string $data): void
    {
        $this->sent[] = strlen($data);
    }
}

final class Worker
{
    /** @var callable|null */
    public $onMessage = null;

    public function __construct(public readonly string $listen)
    {
    }

    public function runAll(int $messages): void
    {
        $menu = ['Burrata', 'Lamb rump', 'Sea bream', 'Tiramisu', 'Negroni', 'Sparkling water', 'Chablis 2019', 'Espresso'];
        for ($i = 0; $i < $messages; $i++) {
            $items = [];
            for ($k = 0; $k < 3 + $i % 4; $k++) {
                $items[] = ['name' => $menu[($i + $k * 3) % 8], 'price' => 6.5 + (($i * 7 + $k * 13) % 40), 'seat' => 1 + $k % 4];
            }
            $message = json_encode([
                'op' => 'settle',
                'tab' => 9000 + $i,
                'table' => 'B' . (1 + $i % 18),
                'covers' => 2 + $i % 4,
                'split' => $i % 2 === 0 ? 'by_seat' : null,
                'items' => $items,
                'terminal' => 'POS-' . (1 + $i % 3),
            ]);
            ($this->onMessage)(new TcpConnection($i), $message);
        }
    }
}

final class Tab
{
    /** @var list<array{name: string, price: float, seat: int}> */
    private array $lines = [];
    /** @var list<Tab> */
    private array $children = [];

    public function __construct(
        public readonly int $number,
        public readonly string $table,
        public readonly int $covers,
        public readonly ?int $parentNumber = null,
    ) {
    }

    public function add(string $name, float $price, int $seat): void
    {
        $this->lines[] = ['name' => $name, 'price' => $price, 'seat' => $seat];
    }

    public function total(): float
    {
        return array_sum(array_column($this->lines, 'price'));
    }

    /** @return list<Tab> */
    public function splitBySeat(): array
    {
        $bySeat = [];
        foreach ($this->lines as $line) {
            $bySeat[$line['seat']][] = $line;
        }
        foreach ($bySeat as $seat => $lines) {
            $child = new Tab($this->number * 10 + $seat, $this->table . '/seat' . $seat, 1, $this->number);
            foreach ($lines as $line) {
                $child->add($line['name'] . ' (seat ' . $seat . ')', $line['price'], $seat);
            }
            $this->children[] = $child;
        }
        return $this->children;
    }

    /** @return list<Tab> */
    public function children(): array
    {
        return $this->children;
    }
}

final class OpenTabRegistry
{
    private SplObjectStorage $open;

    public function __construct()
    {
        $this->open = new SplObjectStorage();
    }

    public function open(Tab $tab, string $terminal): void
    {
        $this->open->attach($tab, ['terminal' => $terminal, 'opened' => sprintf('%s opened tab %d on %s', $terminal, $tab->number, $tab->table)]);
    }

    public function close(Tab $tab): void
    {
        foreach ($tab->children() as $child) {
            $this->close($child);
        }
        $this->open->detach($tab);
    }

    public function count(): int
    {
        return $this->open->count();
    }
}

final class SettlementService
{
    public function __construct(private OpenTabRegistry $registry)
    {
    }

    public function settle(array $msg): array
    {
        $tab = new Tab((int) $msg['tab'], (string) $msg['table'], (int) $msg['covers']);
        $this->registry->open($tab, $msg['terminal']);
        foreach ($msg['items'] as $item) {
            $tab->add($item['name'], (float) $item['price'], (int) $item['seat']);
        }

        $checks = [];
        if ($msg['split'] === 'by_seat') {
            foreach ($tab->splitBySeat() as $child) {
                $this->registry->open($child, $msg['terminal']);
                $checks[] = ['tab' => $child->number, 'due' => round($child->total() * 1.18, 2)];
            }
        } else {
            $checks[] = ['tab' => $tab->number, 'due' => round($tab->total() * 1.18, 2)];
        }

        $this->registry->close($tab);
        return $checks;
    }
}

$registry = new OpenTabRegistry();
$settlements = new SettlementService($registry);
$worker = new Worker('websocket://0.0.0.0:2346');
$worker->onMessage = static function (TcpConnection $connection, string $data) use ($settlements): void {
    $msg = json_decode($data, true);
    if (($msg['op'] ?? null) === 'settle') {
        $connection->send(json_encode(['checks' => $settlements->settle($msg)]));
    }
};
$worker->runAll((int) (getenv('PHPLEAK_N') ?: 100));
