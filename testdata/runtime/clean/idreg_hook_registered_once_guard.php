<?php
// A renderer registers its footer closure with the hook registry only the
// first time it runs: a static flag guards the registration.

final class Registry
{
    public static array $callbacks = [];

    public static function add(string $hook, \Closure $callback): void
    {
        self::$callbacks[$hook][spl_object_hash($callback)] = $callback;
    }
}

function render_gallery(array $images): string
{
    static $footer_added = false;
    if (!$footer_added) {
        Registry::add('footer', static function (): void {
            echo '<script src="/gallery.js"></script>';
        });
        $footer_added = true;
    }
    return '<ul>' . implode('', array_map(static fn ($src) => "<li><img src=\"{$src}\"></li>", $images)) . '</ul>';
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    render_gallery(["/img/{$i}-a.jpg", "/img/{$i}-b.jpg", str_repeat('/img/pad.jpg', 30)]);
}
