<?php
declare(strict_types=1);

/*
 * bin/invoice-worker: pops paid orders from a Redis list, builds the order
 * aggregate and renders the invoice summary for the mailer. Runs under
 * supervisord until it is told to stop.
 */

/** Stand-in for a phpredis-backed list (BRPOP with a timeout). */
final class RedisListQueue
{
    private int $popped = 0;

    public function __construct(private string $key, private int $available)
    {
    }

    public function pop(int $timeoutSeconds): ?string
    {
        if ($this->popped >= $this->available) {
            return null;
        }
        $i = $this->popped++;
        $lines = [];
        for ($n = 0; $n < 3; $n++) {
            $lines[] = ['sku' => sprintf('BK-%04d', ($i * 7 + $n) % 500), 'title' => "Paperback edition #$n", 'qty' => 1 + ($i + $n) % 3, 'unit_cents' => 899 + $n * 250];
        }
        return json_encode([
            'id' => 880000 + $i,
            'customer' => ['id' => 4000 + $i % 60, 'name' => 'Customer ' . ($i % 60), 'email' => 'c' . ($i % 60) . '@mail.example'],
            'shipping' => ['street' => ($i % 90) . ' Harbour Road', 'city' => 'Bristol', 'postcode' => 'BS1 4' . chr(65 + $i % 26) . 'Z', 'country' => 'GB'],
            'currency' => 'GBP',
            'lines' => $lines,
        ]);
    }
}

/** Lets a child entity reach the aggregate it was added to. */
trait HasParent
{
    private ?object $parent = null;

    public function setParent(object $parent): void
    {
        $this->parent = $parent; // leak
    }

    protected function parent(): ?object
    {
        return $this->parent;
    }
}

final class Money
{
    public function __construct(public readonly int $cents, public readonly string $currency)
    {
    }

    public function times(int $n): self
    {
        return new self($this->cents * $n, $this->currency);
    }

    public function format(): string
    {
        return sprintf('%s %d.%02d', $this->currency, intdiv($this->cents, 100), $this->cents % 100);
    }
}

final class Address
{
    public function __construct(
        public readonly string $street,
        public readonly string $city,
        public readonly string $postcode,
        public readonly string $country,
    ) {
    }
}

final class OrderLine
{
    use HasParent;

    public function __construct(
        public readonly string $sku,
        public readonly string $title,
        public readonly int $qty,
        public readonly int $unitCents,
    ) {
    }

    public function total(): Money
    {
        /** @var Order $order */
        $order = $this->parent();
        return (new Money($this->unitCents, $order->currency))->times($this->qty);
    }

    public function vatRate(): float
    {
        return $this->parent()?->shipping->country === 'GB' ? 0.0 : 0.2;
    }
}

final class Order
{
    /** @var list<OrderLine> */
    private array $lines = [];

    public function __construct(
        public readonly int $id,
        public readonly int $customerId,
        public readonly string $customerEmail,
        public readonly Address $shipping,
        public readonly string $currency,
    ) {
    }

    public function addLine(OrderLine $line): void
    {
        $this->lines[] = $line; // leak
        $line->setParent($this); // leak
    }

    /** @return list<OrderLine> */
    public function lines(): array
    {
        return $this->lines;
    }

    public function total(): Money
    {
        $cents = 0;
        foreach ($this->lines as $line) {
            $cents += $line->total()->cents;
        }
        return new Money($cents, $this->currency);
    }
}

final class OrderFactory
{
    public function fromPayload(array $data): Order
    {
        $order = new Order(
            $data['id'],
            $data['customer']['id'],
            $data['customer']['email'],
            new Address(...$data['shipping']),
            $data['currency'],
        );
        foreach ($data['lines'] as $line) {
            $order->addLine(new OrderLine($line['sku'], $line['title'], $line['qty'], $line['unit_cents']));
        }
        return $order;
    }
}

final class InvoiceRenderer
{
    public function summary(Order $order): string
    {
        $out = sprintf("Invoice for order #%d\n", $order->id);
        foreach ($order->lines() as $line) {
            $out .= sprintf("  %-10s %-24s x%d %12s (VAT %d%%)\n", $line->sku, $line->title, $line->qty, $line->total()->format(), $line->vatRate() * 100);
        }
        return $out . sprintf("  Total: %s\n", $order->total()->format());
    }
}

/** Stand-in for the SMTP transport: keeps only counters. */
final class MailerTransport
{
    public int $sent = 0;
    public int $bytes = 0;

    public function send(string $to, string $subject, string $body): void
    {
        $this->sent++;
        $this->bytes += strlen($body);
    }
}

final class InvoiceWorker
{
    private bool $shouldStop = false;

    public function __construct(
        private RedisListQueue $queue,
        private OrderFactory $orders,
        private InvoiceRenderer $renderer,
        private MailerTransport $mailer,
        private int $maxJobs,
    ) {
    }

    public function stop(): void
    {
        $this->shouldStop = true;
    }

    public function run(): int
    {
        $done = 0;
        while (!$this->shouldStop && $done < $this->maxJobs) {
            $payload = $this->queue->pop(5);
            if ($payload === null) {
                break;
            }
            $order = $this->orders->fromPayload(json_decode($payload, true, 512, JSON_THROW_ON_ERROR));
            $this->mailer->send($order->customerEmail, "Your invoice for order #{$order->id}", $this->renderer->summary($order));
            $done++;
        }
        return $done;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new InvoiceWorker(
    new RedisListQueue('orders:paid', $n),
    new OrderFactory(),
    new InvoiceRenderer(),
    new MailerTransport(),
    maxJobs: 10000,
);
$worker->run();
