<?php

declare(strict_types=1);

namespace App\Ordering;

use App\Orm\Entity;
use App\Orm\EntityManager;

final class Order extends Entity
{
    public function __construct(
        public readonly string $customerEmail,
        public readonly string $channel,
        public readonly string $placedAt,
    ) {
    }

    public static function table(): string
    {
        return 'orders';
    }

    public function toRow(): array
    {
        return ['customer_email' => $this->customerEmail, 'channel' => $this->channel, 'placed_at' => $this->placedAt];
    }
}

final class OrderLine extends Entity
{
    public function __construct(
        private readonly Order $order,
        public readonly string $sku,
        public readonly string $description,
        public readonly int $quantity,
        public readonly int $unitPriceCents,
    ) {
    }

    public static function table(): string
    {
        return 'order_lines';
    }

    public function toRow(): array
    {
        return ['order_id' => $this->order->id, 'sku' => $this->sku, 'description' => $this->description, 'quantity' => $this->quantity, 'unit_price_cents' => $this->unitPriceCents];
    }
}

final class PlaceOrderConsumer
{
    public function __construct(private readonly EntityManager $em)
    {
    }

    public function __invoke(string $body): int
    {
        $message = json_decode($body, true, 512, JSON_THROW_ON_ERROR);

        $order = new Order($message['customer']['email'], $message['channel'], $message['placed_at']);
        $this->em->persist($order);
        foreach ($message['lines'] as $line) {
            $this->em->persist(new OrderLine($order, $line['sku'], $line['title'], $line['qty'], $line['price']));
        }

        return $this->firstInsertedId();
    }

    private function firstInsertedId(): int
    {
        // The order is scheduled first, so the first written row is the order.
        $orderId = null;
        foreach ($this->em->flush() as $entity) {
            $orderId ??= $entity->id;
        }

        return $orderId;
    }
}
