<?php
// Order → shipment → invoice → order form a ring while the order ships; fulfil() cuts the ring before it returns.

final class Order
{
    public ?Shipment $shipment = null;

    public function __construct(public readonly string $number) {}
}

final class Shipment
{
    public ?Invoice $invoice = null;

    public function __construct(public readonly string $label) {}
}

final class Invoice
{
    public function __construct(public ?Order $order, public readonly int $cents) {}
}

function fulfil(int $i): string
{
    $order = new Order(sprintf('SO-%06d', $i));
    $order->shipment = new Shipment(str_repeat('^FD' . $order->number, 20));
    $order->shipment->invoice = new Invoice($order, 1299 + $i);
    $number = $order->shipment->invoice->order->number;
    $order->shipment->invoice->order = null;
    return $number;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    fulfil($i);
}
