<?php

declare(strict_types=1);

// Octane-style POS API: every request rebuilds the till's basket from the
// scanned lines in the payload and returns its totals.

final class Money
{
    public function __construct(
        public readonly int $minor,
        public readonly string $currency,
    ) {
    }

    public function times(int $qty): self
    {
        return new self($this->minor * $qty, $this->currency);
    }
}

final class LineItem
{
    private ?WeakReference $basket = null;

    public function __construct(
        public readonly string $sku,
        public readonly string $description,
        public int $quantity,
        public readonly Money $unitPrice,
    ) {
    }

    public function setBasket(Basket $basket): void
    {
        $this->basket = WeakReference::create($basket);
    }

    public function basket(): ?Basket
    {
        return $this->basket?->get();
    }

    public function lineTotal(): int
    {
        return $this->unitPrice->times($this->quantity)->minor;
    }

    public function isDiscountable(): bool
    {
        $basket = $this->basket();
        return $basket !== null && !$basket->staffSale;
    }
}

final class Basket
{
    /** @var array<string, LineItem> */
    private array $lines = [];

    public function __construct(
        public readonly string $tillId,
        public readonly string $receiptNo,
        public readonly bool $staffSale = false,
    ) {
    }

    public function add(LineItem $item): void
    {
        if (isset($this->lines[$item->sku])) {
            $this->lines[$item->sku]->quantity += $item->quantity;
            return;
        }
        $this->lines[$item->sku] = $item;
        $item->setBasket($this);
    }

    public function lines(): array
    {
        return $this->lines;
    }

    public function subtotal(): int
    {
        $sum = 0;
        foreach ($this->lines as $line) {
            $sum += $line->lineTotal();
        }
        return $sum;
    }
}

final class PriceCatalog
{
    /** @var array<string, array{0: string, 1: int}> */
    private array $items = [
        '5012345678900' => ['Semi-skimmed milk 2L', 145],
        '5098765432109' => ['Sourdough loaf 800g', 260],
        '4006381333931' => ['Ballpoint pen blue x10', 399],
        '8711000530085' => ['Ground coffee 250g', 475],
        '5000159484695' => ['Chocolate bar 110g', 125],
        '7622210449283' => ['Biscuits 300g', 189],
    ];

    public function describe(string $ean): array
    {
        return $this->items[$ean] ?? ['Unknown item ' . $ean, 0];
    }

    public function eans(): array
    {
        return array_map('strval', array_keys($this->items));
    }
}

final class BasketFactory
{
    public function __construct(private PriceCatalog $catalog)
    {
    }

    public function fromPayload(array $payload): Basket
    {
        $basket = new Basket($payload['till'], $payload['receipt'], $payload['staff'] ?? false);
        foreach ($payload['scans'] as $scan) {
            [$desc, $price] = $this->catalog->describe($scan['ean']);
            $basket->add(new LineItem($scan['ean'], $desc, $scan['qty'], new Money($price, 'GBP')));
        }
        return $basket;
    }
}

final class BasketTotalsController
{
    public function __construct(private BasketFactory $factory)
    {
    }

    public function __invoke(array $request): array
    {
        $basket = $this->factory->fromPayload($request['json']);
        $discountable = 0;
        foreach ($basket->lines() as $line) {
            if ($line->isDiscountable()) {
                $discountable += $line->lineTotal();
            }
        }
        return [
            'status' => 200,
            'receipt' => $basket->receiptNo,
            'subtotal' => $basket->subtotal(),
            'discountable' => $discountable,
            'lines' => count($basket->lines()),
        ];
    }
}

final class Application
{
    private array $bindings = [];

    public function singleton(string $id, callable $factory): void
    {
        $this->bindings[$id] = $factory($this);
    }

    public function make(string $id): object
    {
        return $this->bindings[$id];
    }
}

$app = new Application();
$app->singleton(PriceCatalog::class, fn () => new PriceCatalog());
$app->singleton(BasketFactory::class, fn (Application $a) => new BasketFactory($a->make(PriceCatalog::class)));
$app->singleton(BasketTotalsController::class, fn (Application $a) => new BasketTotalsController($a->make(BasketFactory::class)));

$eans = $app->make(PriceCatalog::class)->eans();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = [
        'method' => 'POST',
        'uri' => '/api/tills/' . ($i % 4 + 1) . '/basket/totals',
        'json' => [
            'till' => 'TILL-' . str_pad((string) ($i % 4 + 1), 2, '0', STR_PAD_LEFT),
            'receipt' => sprintf('R%08d', 40000 + $i),
            'staff' => $i % 9 === 0,
            'scans' => [
                ['ean' => $eans[$i % 6], 'qty' => 1 + $i % 3],
                ['ean' => $eans[($i + 2) % 6], 'qty' => 1],
                ['ean' => $eans[($i + 3) % 6], 'qty' => 2],
            ],
        ],
    ];
    $response = $app->make(BasketTotalsController::class)($request);
    unset($request, $response);
}
