<?php

declare(strict_types=1);

/*
 * Subscription renewal service on a Workerman text-protocol worker. The
 * billing scheduler sends one line per subscription whose cycle ends; the
 * worker drafts the renewal invoice, runs the finalize hooks (receivable
 * posting, usage meter reset) and answers with the invoice number.
 */

final class TcpConnection
{
    public int $sent = 0;

    public function send(string $data): void
    {
        $this->sent += strlen($data);
    }
}

/** Stand-in for Workerman\Worker: onMessage is called for every frame. */
final class Worker
{
    /** @var null|callable(TcpConnection, string): void */
    public $onMessage = null;
    public string $name = 'none';

    public function __construct(public readonly string $listen)
    {
    }

    public function feed(TcpConnection $connection, string $frame): void
    {
        ($this->onMessage)($connection, $frame);
    }
}

final class Subscription
{
    public function __construct(
        public readonly string $id,
        public readonly string $customerId,
        public readonly string $planCode,
        public readonly int $priceMinor,
        public readonly string $currency,
        public readonly int $seats,
        public readonly bool $meteredUsage,
    ) {
    }
}

final class SubscriptionRepository
{
    private const PLANS = ['starter' => 1_900, 'growth' => 9_900, 'scale' => 39_900];

    public function find(string $id, string $customerId, string $plan, int $seats): Subscription
    {
        return new Subscription($id, $customerId, $plan, self::PLANS[$plan], 'EUR', $seats, $plan !== 'starter');
    }
}

final class RenewalInvoiceDraft
{
    /** @var list<array{sku: string, description: string, qty: int, unit_minor: int}> */
    private array $lines = [];

    /** @var list<Closure> */
    private array $finalizers = [];

    private string $status = 'draft';

    public function __construct(
        private string $number,
        private string $periodLabel,
        private string $currency,
    ) {
    }

    public function addLine(string $sku, string $description, int $qty, int $unitMinor): void
    {
        $this->lines[] = ['sku' => $sku, 'description' => $description, 'qty' => $qty, 'unit_minor' => $unitMinor];
    }

    public function onFinalize(Closure $hook): void
    {
        $this->finalizers[] = $hook; // leak
    }

    public function finalize(): void
    {
        $this->status = 'open';
        foreach ($this->finalizers as $hook) {
            $hook();
        }
    }

    public function number(): string
    {
        return $this->number;
    }

    public function totalMinor(): int
    {
        return array_sum(array_map(static fn (array $l) => $l['qty'] * $l['unit_minor'], $this->lines));
    }

    public function period(): string
    {
        return $this->periodLabel;
    }
}

final class DraftFactory
{
    private int $sequence = 0;

    public function open(Subscription $subscription, DateTimeImmutable $cycleStart): RenewalInvoiceDraft
    {
        $end = $cycleStart->modify('+1 month -1 day');

        return new RenewalInvoiceDraft(
            sprintf('RNW-%s-%07d', $cycleStart->format('Ym'), ++$this->sequence),
            $cycleStart->format('j M Y') . ' – ' . $end->format('j M Y'),
            $subscription->currency,
        );
    }
}

final class ReceivablesLedger
{
    private int $postedMinor = 0;
    private int $postings = 0;

    public function postReceivable(string $customerId, string $invoiceNumber, int $amountMinor): void
    {
        $this->postedMinor += $amountMinor;
        $this->postings++;
    }
}

final class UsageMeter
{
    /** @var array<string, int> */
    private array $resets = ['starter' => 0, 'growth' => 0, 'scale' => 0];

    public function resetFor(Subscription $subscription, string $period): void
    {
        $this->resets[$subscription->planCode]++;
    }
}

final class RenewalRunner
{
    public function __construct(
        private DraftFactory $drafts,
        private ReceivablesLedger $ledger,
        private UsageMeter $meter,
    ) {
    }

    public function renew(Subscription $subscription, DateTimeImmutable $cycleStart): string
    {
        $draft = $this->drafts->open($subscription, $cycleStart);
        $draft->addLine('plan.' . $subscription->planCode, ucfirst($subscription->planCode) . ' plan, ' . $draft->period(), 1, $subscription->priceMinor);
        if ($subscription->seats > 3) {
            $draft->addLine('seat.extra', 'Additional seats beyond the 3 included', $subscription->seats - 3, 1_200);
        }

        $draft->onFinalize(function () use ($draft, $subscription): void { // leak
            $this->ledger->postReceivable($subscription->customerId, $draft->number(), $draft->totalMinor());
            if ($subscription->meteredUsage) {
                $this->meter->resetFor($subscription, $draft->period());
            }
        });
        $draft->finalize();

        return $draft->number();
    }
}

$runner = new RenewalRunner(new DraftFactory(), new ReceivablesLedger(), new UsageMeter());
$subscriptions = new SubscriptionRepository();

$worker = new Worker('text://127.0.0.1:8765');
$worker->name = 'billing-renewals';
$worker->onMessage = static function (TcpConnection $connection, string $frame) use ($runner, $subscriptions): void {
    [$subscriptionId, $customerId, $plan, $seats, $cycleStart] = explode('|', trim($frame));
    $subscription = $subscriptions->find($subscriptionId, $customerId, $plan, (int) $seats);
    $number = $runner->renew($subscription, new DateTimeImmutable($cycleStart));
    $connection->send("OK {$subscriptionId} {$number}\n");
};

$connection = new TcpConnection();
$plans = ['starter', 'growth', 'scale'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->feed($connection, implode('|', [
        sprintf('sub_%s', substr(md5((string) $i), 0, 14)),
        sprintf('cus_%06d', 10_000 + ($i * 31) % 90_000),
        $plans[$i % 3],
        (string) (1 + $i % 9),
        sprintf('2024-%02d-01', 1 + $i % 12),
    ]) . "\n");
}
