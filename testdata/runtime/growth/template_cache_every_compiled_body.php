<?php
// A template engine keeps the compiled form of every template it
// renders. The mail body is a template built from the order, so each
// order compiles, and keeps, one more.

final class TemplateCache
{
    /** @var array<string, string> */
    private array $compiled = [];

    public function compile(string $source): string
    {
        $key = $this->keyOf($source);
        if (isset($this->compiled[$key])) {
            return $this->compiled[$key];
        }
        $php = '<?php echo ' . var_export(strtoupper($source), true) . ';';

        return $this->keep($key, $php);
    }

    private function keyOf(string $source): string
    {
        return 'tpl:' . md5($source);
    }

    private function keep(string $key, string $php): string
    {
        $this->compiled[$key] = $php; // leak

        return $php;
    }
}

final class OrderMailer
{
    public function __construct(private TemplateCache $templates)
    {
    }

    public function send(array $order): int
    {
        $layout = $this->templates->compile(LAYOUT);
        $body = $this->templates->compile('Dear ' . $order['customer'] . ', your order ' . $order['id'] . ' of ' . str_repeat('item ', 120) . 'ships today.');

        return strlen($layout) + strlen($body);
    }
}

const LAYOUT = '<html><body>{{ body }}</body></html>';

$mailer = new OrderMailer(new TemplateCache());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $mailer->send(['id' => 'ord-' . (90000 + $i), 'customer' => 'customer ' . ($i % 50)]);
}
