<?php

// bin/invoice-daemon: a plain long-running PHP loop that turns paid orders
// into invoices. Started by systemd, restarted only on deploy.

declare(strict_types=1);

enum Country: string
{
    case Netherlands = 'NL';
    case Belgium = 'BE';
    case Germany = 'DE';
    case France = 'FR';
    case Spain = 'ES';
    case OneStopShop = 'OSS';
}

enum TaxClass: string
{
    case Standard = 'standard';
    case Reduced = 'reduced';
    case Zero = 'zero';
    case Exempt = 'exempt';
}

final class TaxRule
{
    public function __construct(
        public readonly string $country,
        public readonly TaxClass $class,
        public readonly float $rate,
        public readonly string $label,
        public readonly string $legalReference,
    ) {
    }
}

final class OrderLine
{
    public function __construct(
        public readonly string $sku,
        public readonly string $taxClass,
        public readonly int $quantity,
        public readonly int $unitPriceCents,
    ) {
    }
}

final class PaidOrder
{
    /** @param list<OrderLine> $lines */
    public function __construct(
        public readonly string $number,
        public readonly string $country,
        public readonly array $lines,
    ) {
    }
}

/** Queue stand-in: what BRPOP on "orders:paid" would return, decoded. */
final class PaidOrderQueue
{
    private int $popped = 0;

    public function __construct(private int $available)
    {
    }

    public function pop(int $timeoutSeconds): ?PaidOrder
    {
        if ($this->popped >= $this->available) {
            return null;
        }
        $n = ++$this->popped;
        $countries = ['NL', 'BE', 'DE', 'FR', 'ES'];
        $classes = ['standard', 'standard', 'reduced', 'zero'];
        $lines = [];
        for ($k = 0; $k < 4; $k++) {
            $lines[] = new OrderLine(sprintf('SKU-%06d-%s', $n * 4 + $k, ['S', 'M', 'L', 'XL'][$k]), $classes[($n + $k) % 4], 1 + $k, 499 + $n % 1000);
        }

        return new PaidOrder(sprintf('ORD-%08d', $n), $countries[$n % 5], $lines);
    }
}

final class TaxRuleRepository
{
    private const RATES = [
        'NL' => ['standard' => 21.0, 'reduced' => 9.0],
        'BE' => ['standard' => 21.0, 'reduced' => 6.0],
        'DE' => ['standard' => 19.0, 'reduced' => 7.0],
        'FR' => ['standard' => 20.0, 'reduced' => 5.5],
        'ES' => ['standard' => 21.0, 'reduced' => 10.0],
    ];

    public int $queries = 0;

    /** Would be a SELECT against tax_rule; expensive enough to memoize. */
    public function find(string $country, TaxClass $class): TaxRule
    {
        $this->queries++;
        $rate = self::RATES[$country][$class->value] ?? 0.0;

        return new TaxRule(
            $country,
            $class,
            $rate,
            sprintf('%s VAT %s%% (%s)', $country, rtrim(rtrim(number_format($rate, 2), '0'), '.'), $class->value),
            sprintf('Directive 2006/112/EC, art. %d; %s national schedule', $class === TaxClass::Standard ? 96 : 98, $country),
        );
    }
}

trait MemoizesTaxRules
{
    abstract protected function taxRules(): TaxRuleRepository;

    protected function ruleFor(string $country, OrderLine $line): TaxRule
    {
        static $rules = [];

        $region = Country::tryFrom($country) ?? Country::OneStopShop;
        $class = TaxClass::tryFrom($line->taxClass) ?? TaxClass::Standard;
        $key = "{$region->value}:{$line->sku}";

        return $rules[$key] ??= $this->taxRules()->find($region->value, $class); // leak
    }
}

final class InvoiceBuilder
{
    use MemoizesTaxRules;

    public function __construct(private TaxRuleRepository $rules)
    {
    }

    protected function taxRules(): TaxRuleRepository
    {
        return $this->rules;
    }

    /** @return array{number: string, net: int, tax: int, lines: list<array>} */
    public function build(PaidOrder $order): array
    {
        $invoice = ['number' => 'INV-' . substr($order->number, 4), 'net' => 0, 'tax' => 0, 'lines' => []];
        foreach ($order->lines as $line) {
            $rule = $this->ruleFor($order->country, $line);
            $net = $line->quantity * $line->unitPriceCents;
            $tax = (int) round($net * $rule->rate / 100);
            $invoice['net'] += $net;
            $invoice['tax'] += $tax;
            $invoice['lines'][] = ['sku' => $line->sku, 'net' => $net, 'tax' => $tax, 'label' => $rule->label];
        }

        return $invoice;
    }
}

final class InvoiceDaemon
{
    private bool $running = true;
    private int $processed = 0;

    public function __construct(
        private PaidOrderQueue $queue,
        private InvoiceBuilder $builder,
        private int $maxJobs,
    ) {
    }

    public function stop(): void
    {
        $this->running = false;
    }

    public function run(): void
    {
        while ($this->running && $this->processed < $this->maxJobs) {
            $order = $this->queue->pop(5);
            if ($order === null) {
                break;
            }
            $invoice = $this->builder->build($order);
            $this->store($invoice);
            $this->processed++;
        }
    }

    private function store(array $invoice): void
    {
        // INSERT INTO invoice ...; the payload is only encoded here.
        json_encode($invoice);
    }
}

$jobs = (int) (getenv('PHPLEAK_N') ?: 100);
$daemon = new InvoiceDaemon(new PaidOrderQueue($jobs), new InvoiceBuilder(new TaxRuleRepository()), $jobs);
$daemon->run();
