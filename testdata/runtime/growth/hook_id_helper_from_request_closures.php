<?php
// A filter table in a global, keyed by an id a helper derives from the
// callable: registered per request with a closure made for that request,
// whose object hash is new each time while the table keeps the closure
// alive, so the table gains an entry per request.

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
    $GLOBALS['filters'][$hook][$priority][hook_id($callback)] = $callback; // leak
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
        add_filter('content', fn (string $html): string => Footnotes::append($html) . "<!-- {$id} -->"); // leak
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
