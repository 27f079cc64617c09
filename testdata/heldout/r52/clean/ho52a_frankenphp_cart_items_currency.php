<?php
// FrankenPHP worker-mode script: the app boots once and
// frankenphp_handle_request() hands it one request at a time.

namespace {
    if (!function_exists('frankenphp_handle_request')) {
        /** Stand-in for the SAPI function: runs the handler PHPLEAK_N times. */
        function frankenphp_handle_request(callable $handler): bool
        {
            static $served = 0;
            static $limit = null;
            $limit ??= (int) (getenv('PHPLEAK_N') ?: 100);
            $_SERVER['REQUEST_URI'] = '/cart/checkout';
            $_POST = [
                'cart' => sprintf('c-%06d', $served),
                'lines' => [
                    ['sku' => 'TSHIRT-BLK-M', 'qty' => 2, 'price' => 1999],
                    ['sku' => 'MUG-LOGO-350', 'qty' => 1, 'price' => 1250],
                    ['sku' => 'STICKER-PACK', 'qty' => 3, 'price' => 399],
                ],
            ];
            $handler();
            $_POST = [];
            return ++$served < $limit;
        }
    }
}

namespace App\Cart {
    final class Money
    {
        public function __construct(public readonly int $cents, public readonly string $currency)
        {
        }

        public function times(int $n): self
        {
            return new self($this->cents * $n, $this->currency);
        }

        public function format(): string
        {
            return sprintf('%s %.2f', $this->currency, $this->cents / 100);
        }
    }

    final class CartItem
    {
        private string $label;
        private string $currency;

        public function __construct(
            Cart $cart,
            public readonly string $sku,
            public readonly int $quantity,
            public readonly int $unitCents,
        ) {
            $this->currency = $cart->currency();
            $this->label = sprintf('%s x%d (%s)', $sku, $quantity, str_repeat('-', 48));
        }

        public function total(): Money
        {
            return (new Money($this->unitCents, $this->currency))->times($this->quantity);
        }

        public function label(): string
        {
            return $this->label;
        }
    }

    final class Cart
    {
        /** @var list<CartItem> */
        private array $items = [];
        private array $notes = [];

        public function __construct(public readonly string $id, private string $currency)
        {
        }

        public function currency(): string
        {
            return $this->currency;
        }

        public function add(string $sku, int $quantity, int $unitCents): CartItem
        {
            $item = new CartItem($this, $sku, $quantity, $unitCents);
            $this->items[] = $item;
            $this->notes[] = "added {$sku} to cart {$this->id} at " . date('H:i');
            return $item;
        }

        public function total(): Money
        {
            $cents = 0;
            foreach ($this->items as $item) {
                $cents += $item->total()->cents;
            }
            return new Money($cents, $this->currency);
        }

        /** @return list<CartItem> */
        public function items(): array
        {
            return $this->items;
        }
    }

    final class CheckoutController
    {
        public function __invoke(array $post): string
        {
            $cart = new Cart($post['cart'], 'EUR');
            foreach ($post['lines'] as $line) {
                $cart->add($line['sku'], (int) $line['qty'], (int) $line['price']);
            }

            $summary = [];
            foreach ($cart->items() as $item) {
                $summary[] = $item->label() . ' = ' . $item->total()->format();
            }
            $summary[] = 'total ' . $cart->total()->format();

            return implode("\n", $summary);
        }
    }
}

namespace {
    use App\Cart\CheckoutController;

    $controller = new CheckoutController();
    $handler = static function () use ($controller): void {
        $body = $controller($_POST);
        unset($body);
    };

    do {
        $keepRunning = frankenphp_handle_request($handler);
    } while ($keepRunning);
}
