<?php
// A long-lived feed service renders and keeps a digest per key through its
// own push(string $key); its only call site passes the order id, so every
// order adds a digest that is never removed. The renderer beside it calls
// ->push() on an SplStack property, and pops what it pushed.

final class DigestFeed
{
    /** @var array<string, string> */
    private array $digests = [];

    private int $version = 0;

    public function push(string $key): void
    {
        $this->version++;
        $this->digests[$key] = sprintf('%s@%d: ', $key, $this->version) . str_repeat("digest of {$key}; ", 40); // leak
    }

    public function digest(string $key): ?string
    {
        return $this->digests[$key] ?? null;
    }
}

final class SectionRenderer
{
    private SplStack $sections;

    public function __construct()
    {
        $this->sections = new SplStack();
    }

    public function render(string $name, string $body): string
    {
        $this->sections->push($name);
        try {
            return sprintf('<section data-path="%s">%s</section>', implode('/', iterator_to_array($this->sections)), $body);
        } finally {
            $this->sections->pop();
        }
    }
}

final class OrderController
{
    public function __construct(private DigestFeed $feed, private SectionRenderer $renderer) {}

    public function placed(array $request): string
    {
        $this->feed->push($request['order_id']);

        return $this->renderer->render($request['order_id'], sprintf('order %s for %s', $request['order_id'], $request['customer']));
    }
}

$controller = new OrderController(new DigestFeed(), new SectionRenderer());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller->placed(['order_id' => "ord-{$i}", 'customer' => "c" . ($i % 97)]);
}
