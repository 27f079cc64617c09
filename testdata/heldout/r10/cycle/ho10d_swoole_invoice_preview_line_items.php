<?php

declare(strict_types=1);

/*
 * Invoice preview endpoint served by a Swoole HTTP server. Every request
 * builds a draft invoice, prices it and renders a JSON summary.
 */

final class SwooleRequest
{
    public array $get = [];
    public array $header = [];
    public array $server = [];
}

final class SwooleResponse
{
    public int $status = 200;
    public array $headers = [];
    public string $body = '';

    public function header(string $key, string $value): void
    {
        $this->headers[$key] = $value;
    }

    public function end(string $body): void
    {
        $this->body = $body;
    }
}

final class SwooleHttpServer
{
    /** @var array<string, callable> */
    private array $callbacks = [];

    public function __construct(public readonly string $host, public readonly int $port)
    {
    }

    public function on(string $event, callable $callback): void
    {
        $this->callbacks[$event] = $callback;
    }

    /** Reactor stand-in: dispatches the given number of requests to the worker. */
    public function start(int $requests): void
    {
        for ($i = 0; $i < $requests; $i++) {
            $req = new SwooleRequest();
            $req->server = ['request_uri' => '/invoices/preview', 'request_method' => 'GET'];
            $req->get = ['customer' => (string) (700 + $i % 90), 'plan' => ['starter', 'team', 'business'][$i % 3], 'seats' => (string) (1 + $i % 25)];
            $req->header = ['accept' => 'application/json', 'x-request-id' => sprintf('%032x', $i)];
            ($this->callbacks['request'])($req, new SwooleResponse());
        }
    }
}

final class Money
{
    public function __construct(public readonly int $amount, public readonly string $currency)
    {
    }

    public function multiply(int|float $factor): self
    {
        return new self((int) round($this->amount * $factor), $this->currency);
    }
}

final class TaxRule
{
    public function __construct(public readonly string $country, public readonly float $rate)
    {
    }
}

final class LineItem
{
    public function __construct(
        private Invoice $invoice, // leak
        public readonly string $description,
        public readonly int $quantity,
        public readonly Money $unitPrice,
    ) {
    }

    public function net(): Money
    {
        return $this->unitPrice->multiply($this->quantity);
    }

    public function tax(): Money
    {
        return $this->net()->multiply($this->invoice->taxRule()->rate);
    }
}

final class Invoice
{
    /** @var list<LineItem> */
    private array $lines = [];

    public function __construct(
        public readonly string $number,
        public readonly string $customerName,
        public readonly string $currency,
        private readonly TaxRule $taxRule,
    ) {
    }

    public function addLine(string $description, int $quantity, int $unitAmount): LineItem
    {
        $line = new LineItem($this, $description, $quantity, new Money($unitAmount, $this->currency));
        $this->lines[] = $line; // leak

        return $line;
    }

    public function taxRule(): TaxRule
    {
        return $this->taxRule;
    }

    /** @return list<LineItem> */
    public function lines(): array
    {
        return $this->lines;
    }

    public function total(): Money
    {
        $sum = 0;
        foreach ($this->lines as $line) {
            $sum += $line->net()->amount + $line->tax()->amount;
        }

        return new Money($sum, $this->currency);
    }
}

final class PlanCatalog
{
    private const PRICES = ['starter' => 900, 'team' => 2900, 'business' => 7900];

    public function seatPrice(string $plan): int
    {
        return self::PRICES[$plan] ?? self::PRICES['starter'];
    }
}

final class InvoicePreviewController
{
    private int $sequence = 0;

    public function __construct(private readonly PlanCatalog $plans, private readonly TaxRule $defaultTax)
    {
    }

    public function __invoke(SwooleRequest $request, SwooleResponse $response): void
    {
        $plan = $request->get['plan'];
        $seats = (int) $request->get['seats'];
        $invoice = new Invoice(
            sprintf('DRAFT-%s-%06d', strtoupper($plan), ++$this->sequence),
            'Customer account #' . $request->get['customer'] . ' (' . $request->header['x-request-id'] . ')',
            'EUR',
            $this->defaultTax,
        );
        $invoice->addLine(ucfirst($plan) . ' plan, ' . $seats . ' seats, monthly', $seats, $this->plans->seatPrice($plan));
        if ($seats > 10) {
            $invoice->addLine('Priority support add-on', 1, 4900);
        }

        $response->header('Content-Type', 'application/json');
        $response->end(json_encode([
            'number' => $invoice->number,
            'lines' => count($invoice->lines()),
            'total' => $invoice->total()->amount,
            'currency' => $invoice->currency,
        ]));
    }
}

$controller = new InvoicePreviewController(new PlanCatalog(), new TaxRule('DE', 0.19));
$server = new SwooleHttpServer('0.0.0.0', 9501);
$server->on('request', $controller);
$server->start((int) (getenv('PHPLEAK_N') ?: 100));
