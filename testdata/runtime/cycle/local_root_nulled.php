<?php
// The request handler nulls its local tree variable after rendering the breadcrumb.

final class Breadcrumb
{
    public ?Breadcrumb $up = null;
    /** @var Breadcrumb[] */
    public array $down = [];

    public function __construct(public string $label, public string $url) {}

    public function push(string $label, string $url): Breadcrumb
    {
        $child = new Breadcrumb($label, $url);
        $child->up = $this; // leak
        $this->down[] = $child; // leak
        return $child;
    }
}

function breadcrumbHtml(int $productId): string
{
    $home = new Breadcrumb('Home', '/');
    $leaf = $home->push('Catalog', '/catalog')->push("Product {$productId}", '/p/' . $productId . '?' . str_repeat('utm=x&', 30));
    $html = [];
    for ($b = $leaf; $b !== null; $b = $b->up) {
        array_unshift($html, "<a href=\"{$b->url}\">{$b->label}</a>");
    }
    $home = null;
    $leaf = null;
    unset($b);
    return implode(' / ', $html);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    breadcrumbHtml($i);
}
