<?php

declare(strict_types=1);

// Symfony Messenger consumer (messenger:consume settlement) that prices one
// imbalance-settlement run per message. Bus and handler locator are tiny
// stand-ins for the component; the domain model is the application's.

final class Envelope
{
    public function __construct(public readonly object $message, public array $stamps = [])
    {
    }
}

final class HandlersLocator
{
    /** @var array<class-string, list<callable>> */
    private array $handlers = [];

    public function add(string $messageClass, callable $handler): void
    {
        $this->handlers[$messageClass][] = $handler;
    }

    /** @return list<callable> */
    public function for(object $message): array
    {
        return $this->handlers[$message::class] ?? [];
    }
}

final class MessageBus
{
    public function __construct(private HandlersLocator $locator)
    {
    }

    public function dispatch(object $message): Envelope
    {
        $envelope = new Envelope($message);
        foreach ($this->locator->for($message) as $handler) {
            $envelope->stamps[] = ['handled', $handler($message)];
        }

        return $envelope;
    }
}

final class PriceSettlementRun
{
    /** @param list<array{eic: string, mwh: float}> $positions */
    public function __construct(
        public readonly string $runId,
        public readonly string $balancingArea,
        public readonly string $settlementDay,
        public readonly array $positions,
    ) {
    }
}

final class SettlementLine
{
    private ?SettlementRun $run = null;
    private float $amount = 0.0;

    public function __construct(
        public readonly string $balanceResponsibleParty,
        public readonly float $imbalanceMwh,
        public readonly string $memo,
    ) {
    }

    public function setRun(SettlementRun $run): void
    {
        $this->run = $run; // leak
    }

    public function price(float $imbalancePrice): float
    {
        $sign = $this->imbalanceMwh < 0 ? -1 : 1;
        $this->amount = round($this->imbalanceMwh * $imbalancePrice * $sign, 2);

        return $this->amount;
    }

    public function currency(): string
    {
        return $this->run?->currency() ?? 'EUR';
    }
}

final class SettlementRun
{
    /** @var list<SettlementLine> */
    private array $lines = [];
    private string $statement = '';

    public function __construct(
        public readonly string $id,
        private string $area,
        private string $day,
    ) {
    }

    public function addLine(SettlementLine $line): void
    {
        $this->lines[] = $line; // leak
        $line->setRun($this); // leak
    }

    public function currency(): string
    {
        return $this->area === '10YGB----------A' ? 'GBP' : 'EUR';
    }

    public function price(float $imbalancePrice): float
    {
        $total = 0.0;
        $rows = [];
        foreach ($this->lines as $line) {
            $amount = $line->price($imbalancePrice);
            $total += $amount;
            $rows[] = sprintf('%s;%s;%.3f;%.2f %s', $this->day, $line->balanceResponsibleParty, $line->imbalanceMwh, $amount, $line->currency());
        }
        $this->statement = implode("\n", $rows);

        return $total;
    }
}

final class SettlementLedger
{
    private int $runs = 0;
    private float $net = 0.0;

    public function book(string $runId, float $total): void
    {
        $this->runs++;
        $this->net += $total;
    }
}

final class ImbalancePriceFeed
{
    /** @param array<string, float> $prices */
    public function __construct(private array $prices)
    {
    }

    public function priceFor(string $area): float
    {
        return $this->prices[$area] ?? 90.0;
    }
}

final class PriceSettlementRunHandler
{
    public function __construct(
        private ImbalancePriceFeed $prices,
        private SettlementLedger $ledger,
    ) {
    }

    public function __invoke(PriceSettlementRun $message): string
    {
        $run = new SettlementRun($message->runId, $message->balancingArea, $message->settlementDay);
        foreach ($message->positions as $position) {
            $run->addLine(new SettlementLine(
                $position['eic'],
                $position['mwh'],
                sprintf('run %s / %s / %s', $message->runId, $position['eic'], str_repeat('·', 40)),
            ));
        }

        $total = $run->price($this->prices->priceFor($message->balancingArea));
        $this->ledger->book($run->id, $total);

        return $run->id;
    }
}

// ---- container boot -----------------------------------------------------
$locator = new HandlersLocator();
$locator->add(PriceSettlementRun::class, new PriceSettlementRunHandler(
    new ImbalancePriceFeed(['10YNL----------L' => 112.4, '10YBE----------2' => 98.1, '10YGB----------A' => 87.9]),
    new SettlementLedger(),
));
$bus = new MessageBus($locator);

// ---- consumer loop --------------------------------------------------------
$areas = ['10YNL----------L', '10YBE----------2', '10YGB----------A'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $positions = [];
    for ($p = 0; $p < 3; $p++) {
        $positions[] = ['eic' => sprintf('%02dX-BRP-%06d-%s', 10 + $p, ($i * 7 + $p) % 999999, chr(65 + $p)), 'mwh' => ($i % 11 - 5) * 1.25 + $p];
    }
    $bus->dispatch(new PriceSettlementRun(
        sprintf('SR-%s-%05d', date('Ymd', 1717200000 + intdiv($i, 96) * 86400), $i),
        $areas[$i % 3],
        date('Y-m-d', 1717200000 + intdiv($i, 96) * 86400),
        $positions,
    ));
}
