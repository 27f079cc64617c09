<?php

namespace App;

final class OrderPlaced
{
    public function __construct(public readonly string $id, public readonly string $customer)
    {
    }
}

final class OrderAlerts
{
    public int $sent = 0;

    /** @param list<string> $suppressed customers who asked for no alerts */
    public function __construct(private array $suppressed)
    {
    }

    /** A customer gets one alert per order, however often it is placed again. */
    public function oncePerOrder(): \Closure
    {
        $seen = array_fill_keys($this->suppressed, 'suppressed');

        return function (OrderPlaced $order) use (&$seen): void {
            $key = $order->customer . ':' . $order->id;
            if (isset($seen[$key])) {
                return;
            }
            $this->sent++;
            $seen[$key] = str_repeat("alerted for {$order->id}; ", 26); // leak
        };
    }
}
