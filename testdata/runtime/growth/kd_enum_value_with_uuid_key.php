<?php
// A shipment notifier keeps per-channel listener lists in a class static keyed by $status->value . ':' . $orderUuid; the enum value makes it look bounded, but the order uuid is new on every job.

enum ShipmentStatus: string
{
    case Packed = 'packed';
    case Dispatched = 'dispatched';
    case Delivered = 'delivered';
}

final class ShipmentNotifier
{
    /** @var array<string, list<array{channel: string, template: string}>> */
    private static array $channels = [];

    public static function subscribe(ShipmentStatus $status, string $orderUuid, string $channel): void
    {
        self::$channels[$status->value . ':' . $orderUuid][] = [ // leak
            'channel' => $channel,
            'template' => "Your order {$orderUuid} is {$status->value}. " . str_repeat('Track it in the app. ', 20),
        ];
    }

    public static function notify(ShipmentStatus $status, string $orderUuid): int
    {
        return count(self::$channels[$status->value . ':' . $orderUuid] ?? []);
    }
}

function handle_shipment_job(array $job): int
{
    $status = ShipmentStatus::from($job['status']);
    ShipmentNotifier::subscribe($status, $job['order_uuid'], $job['channel']);
    return ShipmentNotifier::notify($status, $job['order_uuid']);
}

$statuses = ['packed', 'dispatched', 'delivered'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $uuid = sprintf('%08x-%04x-4%03x-a%03x-%012x', $i, $i % 65536, $i % 4096, ($i * 7) % 4096, $i * 31);
    handle_shipment_job(['status' => $statuses[$i % 3], 'order_uuid' => $uuid, 'channel' => $i % 2 ? 'sms' : 'email']);
}
