<?php
// The same hook registry, given a function's name on every render: the
// name is the key, so each registration replaces the previous one.

final class HookList
{
    public array $callbacks = [];

    public function add(string $hook, $callback, int $priority): void
    {
        $id = callback_id($callback);
        $this->callbacks[$priority][$id] = ['function' => $callback, 'accepted_args' => 1];
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

function print_block_styles(): void
{
    global $block_css;
    echo '<style>' . implode("\n", $block_css ?? []) . '</style>';
}

function render_highlight_block(array $block): string
{
    $GLOBALS['block_css'] = ['.block-' . $block['id'] . ' { color: ' . $block['color'] . '; }' . str_repeat(' ', 600)];
    add_hook('page_footer', 'print_block_styles');
    return '<div class="block-' . $block['id'] . '"></div>';
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    render_highlight_block(['id' => $i, 'color' => '#' . dechex($i)]);
}
