<?php
// Status-mail templates are rendered once and cached per enum case name; the enum has four cases.

enum OrderStatus
{
    case Pending;
    case Paid;
    case Shipped;
    case Refunded;
}

final class StatusMailTemplates
{
    /** @var array<string, string> */
    private static array $compiled = [];

    public static function for(OrderStatus $status): string
    {
        return self::$compiled[$status->name] ??= self::compile($status);
    }

    private static function compile(OrderStatus $status): string
    {
        return "<h1>Your order is {$status->name}</h1>" . str_repeat('<p>{order_id} {customer}</p>', 25);
    }
}

function handle_request(array $request): string
{
    return strtr(StatusMailTemplates::for($request['status']), ['{order_id}' => $request['order_id'], '{customer}' => $request['customer']]);
}

$statuses = OrderStatus::cases();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_request(['status' => $statuses[$i % 4], 'order_id' => "ORD-{$i}", 'customer' => str_repeat("customer{$i} ", 30)]);
}
