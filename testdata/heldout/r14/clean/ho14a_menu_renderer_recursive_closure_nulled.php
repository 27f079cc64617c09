<?php

declare(strict_types=1);

// Workerman-style worker: the navigation menu is rendered per request with a
// recursive closure that walks the (nested) menu tree.

final class TcpConnectionStub
{
    public string $sent = '';

    public function send(string $buffer): void
    {
        $this->sent = $buffer;
    }
}

final class WorkerStub
{
    /** @var callable|null */
    public $onMessage = null;

    public function __construct(public readonly string $listen)
    {
    }

    public function emitMessage(TcpConnectionStub $connection, array $request): void
    {
        ($this->onMessage)($connection, $request);
    }
}

final class Translator
{
    public function __construct(private readonly array $catalogue)
    {
    }

    /** @return array<string, string> */
    public function catalogueFor(string $locale, string $domain): array
    {
        $out = [];
        foreach ($this->catalogue as $key => $text) {
            $out[$key] = "[$locale/$domain] " . $text;
        }

        return $out;
    }
}

final class MenuRenderer
{
    public function __construct(
        private readonly array $tree,
        private readonly Translator $translator,
    ) {
    }

    public function render(string $locale, string $activePath): string
    {
        $labels = $this->translator->catalogueFor($locale, 'navigation');

        $walk = function (array $items, int $depth) use (&$walk, $labels, $activePath): string {
            $html = '';
            foreach ($items as $item) {
                $class = str_starts_with($activePath, $item['path']) ? ' class="active"' : '';
                $label = htmlspecialchars($labels[$item['id']] ?? $item['id']);
                $html .= str_repeat('  ', $depth) . "<li$class><a href=\"{$item['path']}\">$label</a>";
                if (!empty($item['children'])) {
                    $html .= "\n<ul>" . $walk($item['children'], $depth + 1) . "</ul>\n";
                }
                $html .= "</li>\n";
            }

            return $html;
        };

        try {
            return '<ul class="nav">' . $walk($this->tree, 0) . '</ul>';
        } finally {
            // the closure holds a reference to the variable that holds it:
            // clear the variable so the closure and its captures are released
            $walk = null;
        }
    }
}

$tree = [
    ['id' => 'home', 'path' => '/'],
    ['id' => 'shop', 'path' => '/shop', 'children' => [
        ['id' => 'shop.new', 'path' => '/shop/new'],
        ['id' => 'shop.sale', 'path' => '/shop/sale', 'children' => [
            ['id' => 'shop.sale.shoes', 'path' => '/shop/sale/shoes'],
        ]],
    ]],
    ['id' => 'account', 'path' => '/account', 'children' => [
        ['id' => 'account.orders', 'path' => '/account/orders'],
    ]],
];

$translator = new Translator([
    'home' => 'Home', 'shop' => 'Shop', 'shop.new' => 'New arrivals', 'shop.sale' => 'Sale',
    'shop.sale.shoes' => 'Shoes on sale', 'account' => 'My account', 'account.orders' => 'Order history',
]);

$renderer = new MenuRenderer($tree, $translator);
$worker = new WorkerStub('http://0.0.0.0:8080');
$worker->onMessage = static function (TcpConnectionStub $connection, array $request) use ($renderer): void {
    $nav = $renderer->render($request['locale'], $request['path']);
    $connection->send("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" . $nav);
};

$locales = ['en', 'de', 'fr', 'nl'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $connection = new TcpConnectionStub();
    $worker->emitMessage($connection, ['locale' => $locales[$i % 4], 'path' => '/shop/sale/shoes?page=' . $i]);
}
