<?php

declare(strict_types=1);

// FrankenPHP worker script for the storefront cart.
// frankenphp_handle_request() is provided by the runtime; the fallback below
// lets the worker run under the plain CLI (tests, local profiling).

if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $_SERVER['REQUEST_METHOD'] = 'POST';
        $_SERVER['REQUEST_URI'] = '/cart/items';
        $_POST = ['sku' => sprintf('SKU-%06d', 1000 + $served), 'qty' => (string) (1 + $served % 4)];
        $served++;
        $handler();
        return true;
    }
}

final class FlashBag
{
    public function add(string $type, string $message, array $context = []): void
    {
        $_SESSION['_flash'][$type][] = ['message' => $message, 'context' => $context];
    }

    /** Returns the messages of the given type and removes them from the session. */
    public function get(string $type): array
    {
        $messages = $_SESSION['_flash'][$type] ?? [];
        unset($_SESSION['_flash'][$type]);
        return $messages;
    }

    public function has(string $type): bool
    {
        return !empty($_SESSION['_flash'][$type]);
    }
}

final class Catalog
{
    private array $products = [];

    public function __construct()
    {
        foreach (['Espresso cups', 'Pour-over kettle', 'Burr grinder', 'Milk jug'] as $k => $name) {
            $this->products[$k] = ['name' => $name, 'price' => 1299 + 500 * $k];
        }
    }

    public function find(string $sku): array
    {
        $index = (int) substr($sku, 4) % count($this->products);
        return ['sku' => $sku] + $this->products[$index];
    }
}

final class CartController
{
    public function __construct(private Catalog $catalog, private FlashBag $flash)
    {
    }

    public function addItem(array $input): string
    {
        $product = $this->catalog->find($input['sku']);
        $qty = (int) $input['qty'];
        $this->flash->add('success', sprintf(
            '%d × %s (%s) was added to your basket. Free shipping applies to orders above €50; your basket total is now shown at checkout.',
            $qty,
            $product['name'],
            $product['sku'],
        ), ['sku' => $product['sku'], 'qty' => $qty]);

        return $this->render();
    }

    private function render(): string
    {
        $html = '<main>';
        if ($this->flash->has('success')) {
            foreach ($this->flash->get('success') as $toast) {
                $html .= '<div class="toast">' . htmlspecialchars($toast['message']) . '</div>';
            }
        }
        return $html . '</main>';
    }
}

// --- worker bootstrap (runs once) ---
if (!isset($_SESSION)) {
    $_SESSION = [];
}
$controller = new CartController(new Catalog(), new FlashBag());

$handler = static function () use ($controller): void {
    $body = $controller->addItem($_POST);
    strlen($body);
};

$maxRequests = (int) (getenv('PHPLEAK_N') ?: 100);
for ($nbRequests = 0; $nbRequests < $maxRequests; ++$nbRequests) {
    $keepRunning = frankenphp_handle_request($handler);
    if (!$keepRunning) {
        break;
    }
}
