<?php
// A view registry and its default formatter point at each other; the pair is built inside a function that runs per request.

final class FormatterRegistry
{
    public ?Formatter $default = null;

    /** @var array<string, string> */
    public array $patterns = [];
}

final class Formatter
{
    public function __construct(public FormatterRegistry $registry, public string $locale, public string $template) {} // leak
}

function make_view_registry(string $locale, int $orderId): FormatterRegistry
{
    $registry = new FormatterRegistry();
    $registry->patterns = ['money' => '%.2f EUR', 'date' => 'Y-m-d'];
    $registry->default = new Formatter($registry, $locale, str_repeat("<span>{order}</span> ", 40) . $orderId); // leak
    return $registry;
}

function handle_request(array $request): string
{
    $registry = make_view_registry($request['locale'], $request['order_id']);
    return str_replace('{order}', (string) $request['order_id'], $registry->default->template);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_request(['order_id' => $i, 'locale' => 'en_US']);
}
