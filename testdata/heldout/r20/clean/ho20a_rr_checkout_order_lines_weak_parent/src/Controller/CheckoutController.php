<?php

declare(strict_types=1);

namespace App\Controller;

use App\Entity\Order;
use App\Entity\OrderLine;
use Doctrine\ORM\EntityManager;

final class CheckoutController
{
    /** @param array<string, int> $vatPercentByRegion from config/packages/pricing.yaml */
    public function __construct(
        private readonly EntityManager $em,
        private readonly array $vatPercentByRegion,
    ) {
    }

    public function checkout(array $request): array
    {
        $body = $request['body'];
        $order = new Order((int) $body['customer'], (string) $body['region']);

        foreach ($body['lines'] as $row) {
            $line = $order->addLine((string) $row['sku'], (int) $row['qty'], (int) $row['price']);
            $order->setTax($order->getTax() + $this->lineTax($line));
        }
        $order->place();

        $this->em->persist($order);
        $this->em->flush();

        return [
            'status' => 201,
            'headers' => ['Location' => '/api/orders/' . $order->getId()],
            'body' => json_encode($order->toArray(), \JSON_THROW_ON_ERROR),
        ];
    }

    private function lineTax(OrderLine $line): int
    {
        $rate = $this->vatPercentByRegion[$line->getOrder()->getRegion()] ?? 0;

        return intdiv($line->total() * $rate, 100);
    }
}
