<?php
// A plugin-style hook registry keys each callback by what it is: a
// function's name, or the object's hash for closures. A block renderer
// hands it a new footer closure for every block it renders.

final class HookList
{
    public array $callbacks = [];

    public function add(string $hook, $callback, int $priority): void
    {
        $id = callback_id($callback);
        $this->callbacks[$priority][$id] = ['function' => $callback, 'accepted_args' => 1]; // leak
    }
}

function callback_id($callback): string
{
    if (is_string($callback)) {
        return $callback;
    }
    if (is_object($callback)) {
        $callback = [$callback, ''];
    }
    if (is_object($callback[0])) {
        return spl_object_hash($callback[0]) . $callback[1];
    }
    return $callback[0] . '::' . $callback[1];
}

function add_hook(string $hook, $callback, int $priority = 10): void
{
    global $hook_table;
    if (!isset($hook_table[$hook])) {
        $hook_table[$hook] = new HookList();
    }
    $hook_table[$hook]->add($hook, $callback, $priority);
}

function render_highlight_block(array $block): string
{
    $css = '.block-' . $block['id'] . ' { color: ' . $block['color'] . '; }' . str_repeat(' ', 600);
    add_hook('page_footer', static function () use ($css) { // leak
        echo '<style>' . $css . '</style>';
    });
    return '<div class="block-' . $block['id'] . '"></div>';
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    render_highlight_block(['id' => $i, 'color' => '#' . dechex($i)]);
}
