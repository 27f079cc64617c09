<?php

declare(strict_types=1);

namespace App\Checkout;

use App\Events\EventDispatcher;
use App\Events\ListenerProvider;

final class Order
{
    /** @param list<array{sku: string, name: string, qty: int, cents: int}> $items */
    public function __construct(
        public readonly string $id,
        public readonly string $email,
        public readonly string $shippingAddress,
        public readonly array $items,
        public readonly int $totalCents,
    ) {
    }
}

final class PaymentCaptured
{
    public function __construct(public readonly string $orderId, public readonly string $transactionId, public readonly int $amountCents)
    {
    }
}

final class ReceiptMailer
{
    private int $sent = 0;

    public function send(string $to, string $subject, string $body): void
    {
        $this->sent++;
    }
}

final class CheckoutService
{
    public function __construct(
        private ListenerProvider $listeners,
        private EventDispatcher $events,
        private ReceiptMailer $mailer,
    ) {
    }

    public function placeOrder(Order $order): string
    {
        $listener = $this->receiptListenerFor($order);
        $this->listeners->addListener(PaymentCaptured::class, $listener); // leak

        $transactionId = 'txn_' . substr(sha1($order->id), 0, 16);
        $this->events->dispatch(new PaymentCaptured($order->id, $transactionId, $order->totalCents));

        return $transactionId;
    }

    private function receiptListenerFor(Order $order): \Closure
    {
        $mailer = $this->mailer;

        return static function (PaymentCaptured $event) use ($order, $mailer): void {
            if ($event->orderId !== $order->id) {
                return;
            }

            $lines = array_map(
                static fn (array $item): string => sprintf('%dx %s (%s) %.2f', $item['qty'], $item['name'], $item['sku'], $item['cents'] / 100),
                $order->items,
            );
            $mailer->send($order->email, 'Your receipt for order ' . $order->id, implode("\n", $lines) . "\nShip to: " . $order->shippingAddress);
        };
    }
}
