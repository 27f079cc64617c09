<?php

declare(strict_types=1);

namespace Backoffice\Exports;

enum OrderStatus: string
{
    case Paid = 'paid';
    case Refunded = 'refunded';
    case Pending = 'pending';
}

final class Order
{
    public function __construct(
        public readonly int $id,
        public readonly string $customerEmail,
        public readonly int $subtotal,
        public readonly int $taxRateBp,
        public readonly int $shipping,
        public readonly OrderStatus $status,
        public readonly \DateTimeImmutable $placedAt,
    ) {
    }
}

interface OrderRepository
{
    /** @return iterable<Order> */
    public function forTenant(string $tenant, \DateTimeImmutable $from): iterable;
}

final class FakeOrderRepository implements OrderRepository
{
    public function forTenant(string $tenant, \DateTimeImmutable $from): iterable
    {
        for ($k = 0; $k < 3; $k++) {
            yield new Order(
                crc32($tenant) % 10000 + $k,
                "buyer{$k}@{$tenant}.example",
                2500 + 1000 * $k,
                1900,
                $k === 0 ? 495 : 0,
                OrderStatus::cases()[$k % 3],
                $from->modify("+{$k} days"),
            );
        }
    }
}

final class MoneyFormatter
{
    public function __construct(private readonly string $currency)
    {
    }

    public function __invoke(int $cents): string
    {
        return sprintf('%s %.2f', $this->currency, $cents / 100);
    }
}

final class OrdersCsvExport
{
    public function __construct(private readonly OrderRepository $orders)
    {
    }

    public function export(string $tenant, string $currency, \DateTimeImmutable $from): string
    {
        $columns = $this->columns(new MoneyFormatter($currency));
        $csv = [implode(',', array_keys($columns))];

        foreach ($this->orders->forTenant($tenant, $from) as $order) {
            $cells = [];
            foreach ($columns as $format) {
                $cells[] = '"' . str_replace('"', '""', $format($order)) . '"';
            }
            $csv[] = implode(',', $cells);
        }

        return implode("\r\n", $csv);
    }

    /** @return array<string, \Closure(Order): string> */
    private function columns(MoneyFormatter $money): array
    {
        $columns = [
            'order' => static fn (Order $o): string => '#' . $o->id,
            'placed_at' => static fn (Order $o): string => $o->placedAt->format('Y-m-d H:i'),
            'customer' => static fn (Order $o): string => $o->customerEmail,
            'status' => static fn (Order $o): string => ucfirst($o->status->value),
        ];
        $columns['tax'] = static fn (Order $o): string => $money(intdiv($o->subtotal * $o->taxRateBp, 10000));
        $columns['total'] = static function (Order $o) use (&$columns, $money): string { // leak
            $tax = intdiv($o->subtotal * $o->taxRateBp, 10000);

            return $money($o->subtotal + $tax + $o->shipping) . ($columns['status']($o) === 'Refunded' ? ' (refunded)' : '');
        };

        return $columns;
    }
}

final class ExportOrdersController
{
    public function __construct(private readonly OrdersCsvExport $export)
    {
    }

    /** @param array<string, string> $query */
    public function __invoke(string $tenant, array $query): array
    {
        $body = $this->export->export($tenant, $query['currency'] ?? 'EUR', new \DateTimeImmutable($query['from'] ?? '2024-01-01'));

        return [
            'status' => 200,
            'headers' => ['Content-Type' => 'text/csv', 'Content-Disposition' => "attachment; filename=orders-{$tenant}.csv"],
            'length' => strlen($body),
        ];
    }
}

// Octane keeps the controller and its export service between requests.
$controller = new ExportOrdersController(new OrdersCsvExport(new FakeOrderRepository()));
$n = (int) (getenv('PHPLEAK_N') ?: 100);

for ($i = 0; $i < $n; $i++) {
    $controller('tenant' . ($i % 25), ['currency' => $i % 2 ? 'EUR' : 'USD', 'from' => '2024-03-' . sprintf('%02d', 1 + $i % 28)]);
}
