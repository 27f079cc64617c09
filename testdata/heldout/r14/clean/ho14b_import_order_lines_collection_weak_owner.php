<?php

declare(strict_types=1);

namespace App\Import;

/*
 * Symfony Messenger consumer importing marketplace orders. Each message is
 * hydrated into an Order aggregate whose lines live in a typed ArrayObject
 * collection that knows its owning order (like Doctrine's
 * PersistentCollection), so totals can be recomputed on append. The
 * collection only holds a weak reference to the order.
 */

final class OrderLine
{
    public function __construct(
        public readonly string $sku,
        public readonly string $title,
        public readonly int $quantity,
        public readonly int $unitPriceCents,
    ) {
    }
}

/** @extends \ArrayObject<int, OrderLine> */
final class OrderLineCollection extends \ArrayObject
{
    /** @var \WeakReference<Order> */
    private readonly \WeakReference $owner;

    public function __construct(Order $owner)
    {
        parent::__construct([]);
        $this->owner = \WeakReference::create($owner);
    }

    public function offsetSet(mixed $key, mixed $value): void
    {
        if (!$value instanceof OrderLine) {
            throw new \InvalidArgumentException('Only order lines can be added.');
        }
        parent::offsetSet($key, $value);
        $this->owner()?->recalculate();
    }

    public function owner(): ?Order
    {
        return $this->owner->get();
    }
}

final class Order
{
    public readonly OrderLineCollection $lines;
    public int $totalCents = 0;

    public function __construct(
        public readonly string $externalId,
        public readonly string $marketplace,
        public readonly string $buyerEmail,
    ) {
        $this->lines = new OrderLineCollection($this);
    }

    public function recalculate(): void
    {
        $total = 0;
        foreach ($this->lines as $line) {
            $total += $line->quantity * $line->unitPriceCents;
        }
        $this->totalCents = $total;
    }
}

final class ImportMarketplaceOrder
{
    public function __construct(public readonly array $payload)
    {
    }
}

final class ImportMarketplaceOrderHandler
{
    private int $imported = 0;
    private int $revenueCents = 0;

    public function __invoke(ImportMarketplaceOrder $message): void
    {
        $data = $message->payload;
        $order = new Order($data['id'], $data['marketplace'], $data['buyer']['email']);
        foreach ($data['items'] as $item) {
            $order->lines[] = new OrderLine($item['sku'], $item['title'], $item['qty'], $item['price']);
        }

        $this->imported++;
        $this->revenueCents += $order->totalCents;
    }
}

$handler = new ImportMarketplaceOrderHandler();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $envelope = new ImportMarketplaceOrder([
        'id' => sprintf('AMZ-%03d-%07d-%07d', $i % 1000, $i * 7, $i * 13),
        'marketplace' => 'amazon.de',
        'buyer' => ['email' => sprintf('buyer%d@marketplace.example', $i)],
        'items' => [
            ['sku' => 'SKU-' . ($i % 500), 'title' => 'Stainless steel water bottle 750 ml, matte black', 'qty' => 2, 'price' => 1899],
            ['sku' => 'SKU-' . ($i % 311), 'title' => 'Replacement bamboo lid with silicone seal and carry loop, fits all 500/750/1000 ml bottles', 'qty' => 1, 'price' => 599],
        ],
    ]);

    $handler($envelope);
}
