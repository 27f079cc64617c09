<?php
// Fulfilment links an order to its shipment, the shipment to its invoice, and the invoice back to the order: a ring of three.

final class Order
{
    public ?Shipment $shipment = null;

    public function __construct(public readonly string $number, public readonly array $lines) {}
}

final class Shipment
{
    public ?Invoice $invoice = null;

    public function __construct(public readonly string $carrier, public readonly string $label) {}
}

final class Invoice
{
    public function __construct(
        public readonly Order $order, // leak
        public readonly int $cents,
    ) {}
}

function fulfil(array $payload): string
{
    $order = new Order($payload['number'], $payload['lines']);
    $shipment = new Shipment('DHL', '^XA^FO50,50' . str_repeat('^FD' . $payload['number'], 20) . '^XZ');
    $order->shipment = $shipment;
    $shipment->invoice = new Invoice($order, array_sum(array_column($payload['lines'], 'cents'))); // leak

    return $order->shipment->invoice->order->number;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    fulfil(['number' => sprintf('SO-%06d', $i), 'lines' => [['sku' => 'A-1', 'cents' => 1299], ['sku' => 'B-2', 'cents' => 450]]]);
}
