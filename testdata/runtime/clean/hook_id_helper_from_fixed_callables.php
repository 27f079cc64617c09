<?php
// A filter table in a global, keyed by an id a helper derives from the
// callable: registered per request, but always with a named callable
// ('trim', [Class::class, 'method']), so the id is one of a fixed set and
// the same slot is written again.

function hook_id(callable|array|string $callback): string
{
    if (is_string($callback)) {
        return $callback;
    }
    if (is_object($callback)) {
        return spl_object_hash($callback);
    }
    [$target, $method] = $callback;
    return is_object($target) ? spl_object_hash($target) . $method : $target . '::' . $method;
}

function add_filter(string $hook, callable|array|string $callback, int $priority = 10): void
{
    $GLOBALS['filters'][$hook][$priority][hook_id($callback)] = $callback;
}

function apply_filters(string $hook, string $value): string
{
    foreach ($GLOBALS['filters'][$hook] ?? [] as $callbacks) {
        foreach ($callbacks as $cb) {
            $value = $cb($value);
        }
    }
    return $value;
}

final class Footnotes
{
    public static function append(string $html): string
    {
        return $html . '<footer>' . str_repeat('note ', 20) . '</footer>';
    }
}

final class ArticlePage
{
    public function render(int $id): string
    {
        add_filter('content', [Footnotes::class, 'append']);
        add_filter('content', 'trim', 5);
        return apply_filters('content', "  <p>Article {$id}</p>  ");
    }
}

$GLOBALS['filters'] = [];
$page = new ArticlePage();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $page->render($i);
}
