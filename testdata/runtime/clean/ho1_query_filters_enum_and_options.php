<?php
// A long-lived listing service normalizes query-string filters and order-status formatters, caching built normalizers by option name and formatters by status.

enum OrderStatus: string
{
    case Pending = 'pending';
    case Paid = 'paid';
    case Shipped = 'shipped';
    case Cancelled = 'cancelled';

    public function label(): string
    {
        return ucfirst($this->value);
    }
}

final class StatusFormatter
{
    public function __construct(private OrderStatus $status, private string $cssClass, private string $template) {}

    public function format(string $orderRef): string
    {
        return sprintf($this->template, $this->cssClass, $this->status->label(), $orderRef);
    }
}

final class ListingQueryNormalizer
{
    private const ALLOWED = ['page', 'limit', 'sort', 'direction', 'q', 'status'];

    /** @var array<string, Closure> */
    private array $normalizers = [];
    /** @var array<string, StatusFormatter> */
    private array $formatters = [];

    public function normalize(array $query): array
    {
        $clean = [];
        foreach ($query as $name => $value) {
            if (!in_array($name, self::ALLOWED, true)) {
                continue;
            }
            $clean[$name] = $this->normalizerFor($name)($value);
        }
        return $clean + ['page' => 1, 'limit' => 20];
    }

    private function normalizerFor(string $option): Closure
    {
        return $this->normalizers[$this->optionKey($option)] ??= match ($option) {
            'page', 'limit' => static fn ($v) => max(1, (int) $v),
            'direction' => static fn ($v) => strtolower((string) $v) === 'desc' ? 'desc' : 'asc',
            default => static fn ($v) => trim((string) $v),
        };
    }

    private function optionKey(string $option): string
    {
        return 'opt.' . strtolower($option);
    }

    public function formatterFor(OrderStatus $status): StatusFormatter
    {
        return $this->formatters[$status->value] ??= new StatusFormatter(
            $status,
            'badge badge-' . $status->value,
            '<span class="%s">%s</span> %s',
        );
    }
}

final class OrderListController
{
    public function __construct(private ListingQueryNormalizer $queries) {}

    public function __invoke(array $query, array $rows): string
    {
        $params = $this->queries->normalize($query);
        $html = '';
        foreach ($rows as $row) {
            $status = OrderStatus::tryFrom($row['status']) ?? OrderStatus::Pending;
            $html .= $this->queries->formatterFor($status)->format($row['ref']);
        }
        return $html . json_encode($params);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new OrderListController(new ListingQueryNormalizer());
$statuses = ['pending', 'paid', 'shipped', 'cancelled', 'refunded'];

for ($i = 0; $i < $n; $i++) {
    $query = [
        'page' => (string) ($i % 9),
        'q' => 'search term ' . $i,
        'utm_source' => 'newsletter-' . $i,
        'fbclid' => md5((string) $i),
        'sort' => 'created_at',
    ];
    $rows = [];
    for ($r = 0; $r < 5; $r++) {
        $rows[] = ['ref' => "ORD-{$i}-{$r}", 'status' => $statuses[($i + $r) % 5]];
    }
    $controller($query, $rows);
}
