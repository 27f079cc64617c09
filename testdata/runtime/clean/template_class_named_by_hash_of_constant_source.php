<?php
// A template engine keeps compiled templates for the worker's life under a
// generated class name: a prefix and a hash of the template's source. The
// mail composer passes the order number as a variable of one fixed source,
// so one template is compiled and kept.

final class CompiledTemplate
{
    /** @param list<string> $parts */
    public function __construct(public readonly array $parts)
    {
    }

    public function render(array $vars): string
    {
        return str_replace(array_map(fn ($k) => "{{{$k}}}", array_keys($vars)), array_values($vars), implode('', $this->parts));
    }
}

final class Engine
{
    /** @var array<string, CompiledTemplate> */
    private array $compiled = [];

    public function fromString(string $source): CompiledTemplate
    {
        $class = '__Compiled_' . hash('xxh128', $source);
        return $this->compiled[$class] ??= new CompiledTemplate(str_split($source, 8));
    }
}

final class ReceiptMailer
{
    private const TEMPLATE = 'Dear {name}, thank you for order {order}. Your receipt is attached. We ship within two days.';

    public function __construct(private Engine $engine)
    {
    }

    public function body(string $order, string $name): string
    {
        return $this->engine->fromString(self::TEMPLATE)->render(['name' => $name, 'order' => $order]);
    }
}

$mailer = new ReceiptMailer(new Engine());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $mailer->body(sprintf('SO-%08d', $i), "customer {$i}");
}
