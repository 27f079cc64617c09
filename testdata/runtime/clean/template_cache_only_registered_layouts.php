<?php
// A template engine compiles every template it renders, but keeps the
// compiled form only for the layouts registered at boot; a one-off
// template (a mail body built from the order) is compiled and dropped.

final class TemplateCache
{
    /** @var array<string, string> */
    private array $compiled = [];

    /** @var array<string, true> */
    private array $layouts = [];

    public function register(string $source): void
    {
        $this->layouts[$this->keyOf($source)] = true;
    }

    public function compile(string $source): string
    {
        $key = $this->keyOf($source);
        if (isset($this->compiled[$key])) {
            return $this->compiled[$key];
        }
        $php = '<?php echo ' . var_export(strtoupper($source), true) . ';';

        return isset($this->layouts[$key]) ? $this->keep($key, $php) : $php;
    }

    private function keyOf(string $source): string
    {
        return 'tpl:' . md5($source);
    }

    private function keep(string $key, string $php): string
    {
        $this->compiled[$key] = $php;

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

$templates = new TemplateCache();
$templates->register(LAYOUT);
$mailer = new OrderMailer($templates);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $mailer->send(['id' => 'ord-' . (90000 + $i), 'customer' => 'customer ' . ($i % 50)]);
}
